// The README's test of the Quick start's card ran, in a project of its own, and passed.
def report = new File(basedir, 'target/surefire-reports/com.example.bugs.BugCardTest.txt')
assert report.isFile() : 'BugCardTest did not run'
assert report.getText('UTF-8') =~ /Tests run: 3, Failures: 0, Errors: 0, Skipped: 0/
true
