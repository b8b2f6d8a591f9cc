// The Quick start's project emitted the definition the README shows, and the card class.
def definition = new File(basedir, 'target/classes/META-INF/crmcards/bug.json')
assert definition.isFile() : 'no target/classes/META-INF/crmcards/bug.json: the processor did not run'
def expected = new File(basedir, 'expected/bug.json').getText('UTF-8')
assert definition.getText('UTF-8').replaceAll(/\s/, '') == expected.replaceAll(/\s/, '') :
    "bug.json differs from the README's:\n" + definition.getText('UTF-8')
assert new File(basedir, 'target/classes/com/example/bugs/BugCrmCard.class').isFile() : 'no BugCrmCard'

// The versions the README gives users are the ones this repository builds with (the example's
// own build among them), so the snippets move with the build.
def pom = new groovy.xml.XmlSlurper().parse(new File(rootPom))
def readmeText = new File(readme).getText('UTF-8')
[
    'maven-compiler-plugin': pom.properties.'maven-compiler-plugin.version'.text(),
    'maven-surefire-plugin': pom.properties.'maven-surefire-plugin.version'.text(),
    'junit-jupiter': pom.properties.'junit.version'.text(),
    'jetty-ee10-servlet': pom.properties.'jetty.version'.text(),
].each { artifact, version ->
  def snippet = readmeText =~ ("<artifactId>" + artifact + "</artifactId>\\s*<version>([^<]+)</version>")
  assert snippet.find() : "README.md gives no version for ${artifact}"
  assert snippet.group(1) == version : "README.md says ${artifact} ${snippet.group(1)}, the build uses ${version}"
}
assert readmeText.contains("<version>${pom.version.text()}</version>") : 'README.md does not give the crmcards version'
def compiler = "maven-compiler-plugin:${pom.properties.'maven-compiler-plugin.version'.text()}:compile"
assert new File(basedir, 'build.log').getText('UTF-8').contains(compiler) : "not built with ${compiler}"
true
