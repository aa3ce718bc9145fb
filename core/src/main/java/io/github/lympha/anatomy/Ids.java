package io.github.lympha.anatomy;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/** Checks on the ids of anatomy entries. */
final class Ids {
  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]*");

  private Ids() {}

  static void checkId(String kind, String id) {
    checkArgument(
        ID.matcher(id).matches(),
        "Invalid %s id: \"%s\"; expected upper-case letters, digits and underscores, like"
            + " AXILLARY_L",
        kind,
        id);
  }

  static void checkText(String kind, String field, String value) {
    checkArgument(!value.isBlank(), "%s %s must not be blank", kind, field);
  }
}
