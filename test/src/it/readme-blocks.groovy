// Writes the README's code blocks that are marked for this project into it, so that the project
// is built from the README's text itself. A marker line right before a block:
//   <!-- it: <project>/<file> [POINT] <project>/<file> [POINT] ... -->
// writes the block as <file>, or, with a POINT, inserts it at <!--README:POINT--> in <file>.
// Bound by the invoker: basedir (this project's copy), readme (the README's path).

def project = basedir.name
def lines = new File(readme).readLines('UTF-8')
int written = 0
for (int i = 0; i < lines.size(); i++) {
  def marker = lines[i] =~ /^<!-- it: (.*) -->$/
  if (!marker) {
    continue
  }
  assert lines[i + 1].startsWith('```') : "README.md:${i + 2}: a code block must follow the it: marker"
  int end = i + 2
  while (!lines[end].startsWith('```')) {
    end++
  }
  def text = lines.subList(i + 2, end).join('\n') + '\n'
  def words = marker[0][1].trim().split(/\s+/)
  for (int w = 0; w < words.length; w++) {
    def path = words[w]
    def point = (w + 1 < words.length && !words[w + 1].contains('/')) ? words[++w] : null
    if (!path.startsWith(project + '/')) {
      continue
    }
    def file = new File(basedir, path.substring(project.length() + 1))
    if (point == null) {
      file.parentFile.mkdirs()
      file.setText(text, 'UTF-8')
    } else {
      def at = "<!--README:${point}-->"
      def content = file.getText('UTF-8')
      assert content.contains(at) : "${path} has no ${at}"
      file.setText(content.replace(at, text + at), 'UTF-8')
    }
    written++
  }
}
assert written > 0 : "README.md marks no block for ${project}"
println "[it] wrote ${written} README block(s) into ${project}"
true
