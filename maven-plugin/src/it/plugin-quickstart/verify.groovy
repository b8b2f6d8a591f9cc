// mvn package with the plugin declared, as the README's Quick start says, wrote the HubSpot project
// for the card into target/hubspot-project, and HubSpot's project parser accepts it.
def out = new File(basedir, 'target/hubspot-project')
['crmcards-app.json', 'hsproject.json', 'src/app/app-hsmeta.json', 'src/app/cards/Bug-hsmeta.json',
 'src/app/cards/Bug.tsx', 'src/app/cards/Bug.definition.json', 'src/app/cards/crmcards/AppCard.tsx',
 'src/app/cards/package.json'].each {
  assert new File(out, it).isFile() : "no ${it} in ${out}"
}
assert !new File(out, 'src/app/local.json').exists() : 'a local.json without a local URL'
def json = new groovy.json.JsonSlurper()
assert json.parse(new File(out, 'hsproject.json')).platformVersion == '2026.03'
assert json.parse(new File(out, 'src/app/app-hsmeta.json')).config.permittedUrls.fetch == ['https://bugs.example.com']
assert new File(out, 'src/app/cards/Bug.definition.json').bytes ==
    new File(basedir, 'target/classes/META-INF/crmcards/bug.json').bytes
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('crmcards-maven-plugin:0.1.0-SNAPSHOT:app (default)') : 'the app goal did not run in package'
assert log.contains('1 card(s) in ' + out.path) : log

binding.setVariable('project', out)
def report = evaluate(new File(pluginIts, 'parse-project.groovy'))
if (report instanceof Map) {
  assert report.components['bug-card']?.type == 'CARD'
}
true
