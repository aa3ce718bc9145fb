package io.github.lympha.anatomy;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.lympha.style.LymphaStyle;
import org.immutables.value.Value;

/**
 * A terminology code for a node group, such as SNOMED CT {@code 68171009} (axillary lymph node).
 * Only codes confirmed by the domain reference (§9) are attached; none are invented.
 */
@Value.Immutable
@LymphaStyle
public interface Coding {
  /** The code system. */
  @Value.Parameter
  CodeSystem system();

  /** The code within the system, e.g. {@code 68171009} or {@code UBERON:0001097}. */
  @Value.Parameter
  String code();

  /** Creates a coding. */
  static Coding of(CodeSystem system, String code) {
    return ImmutableCoding.of(system, code);
  }

  /** Checks the code is not blank. */
  @Value.Check
  default void check() {
    checkArgument(!code().isBlank(), "Coding code must not be blank for %s", system());
  }

  /** Terminology systems Lympha attaches codes from. */
  enum CodeSystem {
    /** SNOMED CT body structures, as listed in DICOM CID 7600. */
    SNOMED_CT,
    /** The Uberon multi-species anatomy ontology. */
    UBERON,
    /** The Foundational Model of Anatomy. */
    FMA
  }
}
