// Runs HubSpot's project parser (app-tests/src/test/node/parse-project.mjs, with the machine's
// node and npm) on a project the plugin wrote, and fails unless it finds no problem. Without npm
// it says so and passes, unless CI=true, where it fails. Bound: parserHarness (the node folder),
// project (the folder to parse).

def run(List<String> command, File directory) {
  def process = new ProcessBuilder(command).directory(directory).redirectErrorStream(true).start()
  def output = process.inputStream.getText('UTF-8')
  process.waitFor()
  [process.exitValue(), output]
}

def harness = new File(parserHarness)
def npm
try {
  npm = run(['npm', '--version'], harness)[0] == 0
} catch (IOException e) {
  npm = false
}
if (!npm) {
  assert System.getenv('CI') != 'true' : 'npm is missing and CI=true: install Node.js 20 and npm'
  println '[it] npm is not on the PATH: HubSpot\'s project parser was not run (install Node.js 20 and npm)'
  return true
}
def installed = new File(harness, 'node_modules/.package-lock.json')
if (!installed.exists() || installed.lastModified() < new File(harness, 'package-lock.json').lastModified()) {
  def (code, output) = run(['npm', 'ci', '--no-audit', '--no-fund'], harness)
  assert code == 0 : "npm ci in ${harness} failed:\n${output}"
}
def (code, output) = run(['node', 'parse-project.mjs', project.absolutePath], harness)
def report = new groovy.json.JsonSlurper().parseText(output.substring(output.indexOf('{')))
assert report.problems == [] : "HubSpot's project parser found problems in ${project}:\n${output}"
assert code == 0 : output
println "[it] HubSpot's project parser: ${report.components.size()} components, no problems in ${project}"
report
