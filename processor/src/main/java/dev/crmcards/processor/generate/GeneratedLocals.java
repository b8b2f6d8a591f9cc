package dev.crmcards.processor.generate;

import java.util.HashSet;
import java.util.Set;

/**
 * The local variables of one generated method: each named after what it holds, and, where that
 * name is taken (by the method's own locals or by another member's local), with {@code Value}
 * and then a number after it, so that no two members make one name twice.
 */
final class GeneratedLocals {
  private final Set<String> taken;

  /** @param reserved the names the method's own code uses */
  GeneratedLocals(Set<String> reserved) {
    this.taken = new HashSet<>(reserved);
  }

  /** A free name for {@code wanted}, now taken. */
  String take(String wanted) {
    String name = taken.contains(wanted) ? wanted + "Value" : wanted;
    for (int n = 2; taken.contains(name); n++) {
      name = wanted + "Value" + n;
    }
    taken.add(name);
    return name;
  }
}
