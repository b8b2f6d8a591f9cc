// mvn -X lists the check goal's parameters; the secret is no parameter, so it is not among them.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('(f) secretVariable = HUBSPOT_CLIENT_SECRET') : log
assert !log.contains('it-secret-never-printed') : 'the client secret shows in the build log'
assert log.contains('[ERROR]') : log
true
