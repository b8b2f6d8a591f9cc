// The card compiled, but hubspot.fetch cannot call plain http on localhost: the build failed
// naming the definition file and the JSON path, and wrote no project.
def log = new File(basedir, 'build.log').getText('UTF-8')
def definition = new File(basedir, 'target/classes/META-INF/crmcards/local-bug.json')
assert definition.isFile() : 'the card did not compile'
def line = "[ERROR] ${definition.path} \$.fetch.targetUrl: [converter, old-converter, hubspot-fetch] hubspot.fetch calls only" +
    ' https URLs, not plain http: "http://localhost:8080/hubspot/bugs"'
assert log.contains(line.toString()) : log
assert log.contains('HubSpot would refuse this app; nothing was written') : log
assert !new File(basedir, 'target/hubspot-project').exists() : 'a project was written'
true
