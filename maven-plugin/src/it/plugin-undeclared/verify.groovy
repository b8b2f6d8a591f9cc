// dev.crmcards:crmcards-maven-plugin:app, called without declaring the plugin, wrote the project
// into target/hubspot-project; called again with crmcards.localUrl it added hs project dev's map.
def out = new File(basedir, 'target/hubspot-project')
assert new File(out, 'hsproject.json').isFile() : "no project in ${out}"
assert new File(out, 'src/app/cards/Bug-hsmeta.json').isFile()
def local = new groovy.json.JsonSlurper().parse(new File(out, 'src/app/local.json'))
assert local == [proxy: ['https://bugs.example.com': 'http://localhost:8080/']]
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('wrote ' + new File(out, 'src/app/local.json').path) : log
true
