package dev.crmcards.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.crmcards.examples.bugtracker.BugReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The "Report a bug" form read the way a team without crmcards would: Jackson databind into the
 * {@link BugReport} record, then the {@code @Input} rules checked by hand. Numbers must be JSON
 * numbers (scalar coercion off), an explicit null for a primitive is refused. Unlike crmcards'
 * reader, an absent {@code blocking} reads as {@code false} (a record's primitive cannot tell),
 * and {@code ""} stays an empty string rather than no value.
 */
final class JacksonBugReport {
  private static final Pattern BUILD = Pattern.compile("\\d+\\.\\d+\\.\\d+");
  private static final BigDecimal ZERO = BigDecimal.ZERO;

  private final ObjectReader reader =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build()
          .readerFor(BugReport.class);

  /** Thrown with the broken rules, by member; or for a body databind could not read. */
  static final class Invalid extends Exception {
    final Map<String, String> errors;

    Invalid(Map<String, String> errors, Throwable cause) {
      super(errors.toString(), cause, false, false);
      this.errors = errors;
    }
  }

  /** The checked report; empty optional sets as an empty set, as crmcards hands them over. */
  BugReport read(byte[] body) throws Invalid {
    BugReport r;
    try {
      r = reader.readValue(body);
    } catch (IOException e) {
      throw new Invalid(Map.of("body", String.valueOf(e.getMessage())), e);
    }
    Map<String, String> errors = new LinkedHashMap<>();
    if (r.title() == null || r.title().isEmpty()) {
      errors.put("title", "Title is required.");
    } else if (r.title().length() > 120) {
      errors.put("title", "Title must be at most 120 characters.");
    }
    if (r.severity() == null) {
      errors.put("severity", "Severity is required.");
    }
    if (r.estimateHours() < 0.5 || r.estimateHours() > 40) {
      errors.put("estimateHours", "Estimate (hours) must be 0.5 to 40.");
    }
    if (r.notes() != null && r.notes().length() > 500) {
      errors.put("notes", "Notes must be at most 500 characters.");
    }
    if (r.build() != null && !r.build().isEmpty() && !BUILD.matcher(r.build()).matches()) {
      errors.put("build", "Build does not have the expected format.");
    }
    if (r.affectedUsers() != null && r.affectedUsers() < 1) {
      errors.put("affectedUsers", "Affected users must be at least 1.");
    }
    if (r.cost() != null && r.cost().compareTo(ZERO) < 0) {
      errors.put("cost", "Cost so far must be at least 0.");
    }
    if (!errors.isEmpty()) {
      throw new Invalid(errors, null);
    }
    return r.tags() != null
        ? r
        : new BugReport(r.title(), r.severity(), r.due(), r.estimateHours(), Set.of(), r.notes(),
            r.blocking(), r.build(), r.affectedUsers(), r.cost());
  }
}
