package io.github.lympha.catalogue;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.lympha.format.PatientContextFormat;
import io.github.lympha.format.ProtocolFormat;
import io.github.lympha.format.ProtocolFormatException;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The reference catalogue: named, sourced protocols, each with the {@link PatientContext} it is
 * meant for, stored as files in Lympha's own format in this package's resources ({@code
 * io/github/lympha/catalogue/<id>.json} and {@code <id>.patient.json}, listed in order in {@code
 * index.txt}) and read through the public readers {@link ProtocolFormat} and {@link
 * PatientContextFormat}. The files are examples a user can copy: {@link #protocolFile(String)} and
 * {@link #patientFile(String)} give their text.
 *
 * <p>Each protocol names its sources and, in its description, where the steps come from (the domain
 * reference's sections 4, 5 and 8, and the sources the catalogue adds). Every protocol except the
 * seed ({@link #seedLeg()}) is written to be sound for its patient: each stroke goes toward a node
 * group that drains its site, or through an anastomosis the anatomy has a pathway for, or along the
 * route the anatomy finds around the patient's compromised node groups; central before peripheral,
 * proximal before distal, receiving node groups and anastomosis territories before the territories
 * drained toward them. The seed is kept exactly as the clinic blog gives it, flaws included, so
 * that the validator has something to find; {@code seed-clinic-leg-corrected} is the same protocol
 * with those flaws corrected.
 *
 * <p>Lympha models protocols; it gives no medical advice. Check any protocol with a qualified
 * lymphoedema therapist.
 */
public final class Catalogue {
  /** Id of {@link #seedLeg()}. */
  public static final String SEED_CLINIC_LEG = "seed-clinic-leg";

  /** Id of {@link #neckTerminusOpening()}. */
  public static final String NECK_TERMINUS_OPENING = "neck-terminus-opening";

  /** Id of {@link #legIntactInguinal()}. */
  public static final String LEG_INTACT_INGUINAL = "leg-intact-inguinal";

  /** Id of {@link #armAfterAxillaryDissection()}. */
  public static final String ARM_AFTER_AXILLARY_DISSECTION = "arm-after-axillary-dissection";

  /** Id of {@link #legAfterInguinalDissection()}. */
  public static final String LEG_AFTER_INGUINAL_DISSECTION = "leg-after-inguinal-dissection";

  /** Id of {@link #faceAndHead()}. */
  public static final String FACE_AND_HEAD = "face-and-head";

  /** Id of the seed protocol with the flaws of the reference's analysis corrected (§8). */
  public static final String SEED_CLINIC_LEG_CORRECTED = "seed-clinic-leg-corrected";

  /** The resource that lists the catalogue's ids, one a line, in order. */
  static final String INDEX = "index.txt";

  private static final ImmutableList<String> IDS = readIndex();

  private static final ImmutableMap<String, Entry> ENTRIES = entries();

  private Catalogue() {}

  /** Every catalogue protocol, in a fixed order (the seed first). */
  public static ImmutableList<Protocol> all() {
    return ENTRIES.values().stream().map(e -> e.protocol).collect(ImmutableList.toImmutableList());
  }

  /** The ids of the catalogue protocols, in the order of {@link #all()}. */
  public static ImmutableList<String> ids() {
    return IDS;
  }

  /** The catalogue protocol with this id, if there is one. */
  public static Optional<Protocol> byId(String id) {
    return Optional.ofNullable(ENTRIES.get(checkNotNull(id, "id"))).map(e -> e.protocol);
  }

  /**
   * The patient a catalogue protocol is meant for; fails naming the id and listing the valid ones
   * if it is unknown.
   */
  public static PatientContext patientFor(String id) {
    return entry(id).patient;
  }

  /**
   * The text of a catalogue protocol's file (JSON, as {@link ProtocolFormat#json()} writes it), to
   * copy and adapt; fails naming the id and listing the valid ones if it is unknown.
   */
  public static String protocolFile(String id) {
    entry(id);
    return resource(id + ".json");
  }

  /**
   * The text of the patient file beside a catalogue protocol (JSON, as {@link
   * PatientContextFormat#json()} writes it); fails naming the id and listing the valid ones if it
   * is unknown.
   */
  public static String patientFile(String id) {
    entry(id);
    return resource(id + ".patient.json");
  }

  /** The seed clinic leg protocol, exactly as given (reference §8). */
  public static Protocol seedLeg() {
    return entry(SEED_CLINIC_LEG).protocol;
  }

  /** The short neck / terminus opening (reference §5.1). */
  public static Protocol neckTerminusOpening() {
    return entry(NECK_TERMINUS_OPENING).protocol;
  }

  /** The left leg with intact inguinal nodes, in Földi's order (reference §5.3). */
  public static Protocol legIntactInguinal() {
    return entry(LEG_INTACT_INGUINAL).protocol;
  }

  /** The left arm after left axillary dissection, rerouted (reference §5.2). */
  public static Protocol armAfterAxillaryDissection() {
    return entry(ARM_AFTER_AXILLARY_DISSECTION).protocol;
  }

  /** The left leg after left inguinal dissection, rerouted (reference §5.4). */
  public static Protocol legAfterInguinalDissection() {
    return entry(LEG_AFTER_INGUINAL_DISSECTION).protocol;
  }

  /** Face and head (reference §5.5). */
  public static Protocol faceAndHead() {
    return entry(FACE_AND_HEAD).protocol;
  }

  /**
   * Reads the catalogue protocol with this id afresh from its resource file through {@link
   * ProtocolFormat#json()}; the other accessors return one instance read once. Useful to measure or
   * trace the reader. Fails naming the id and listing the valid ones if it is unknown.
   */
  public static Protocol build(String id) {
    entry(id);
    return readProtocol(id);
  }

  private static Entry entry(String id) {
    Entry e = ENTRIES.get(checkNotNull(id, "id"));
    checkArgument(e != null, "Unknown catalogue protocol id: \"%s\"; expected one of %s", id, IDS);
    return e;
  }

  private static final class Entry {
    final Protocol protocol;
    final PatientContext patient;

    Entry(Protocol protocol, PatientContext patient) {
      this.protocol = protocol;
      this.patient = patient;
    }
  }

  private static ImmutableList<String> readIndex() {
    return resource(INDEX)
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .collect(ImmutableList.toImmutableList());
  }

  private static ImmutableMap<String, Entry> entries() {
    ImmutableMap.Builder<String, Entry> b = ImmutableMap.builder();
    for (String id : IDS) {
      Protocol protocol = readProtocol(id);
      if (!protocol.id().equals(id)) {
        throw new IllegalStateException(
            "Catalogue resource " + id + ".json holds protocol \"" + protocol.id() + "\"");
      }
      b.put(id, new Entry(protocol, readPatient(id)));
    }
    return b.buildOrThrow();
  }

  private static Protocol readProtocol(String id) {
    String name = id + ".json";
    try {
      return ProtocolFormat.json().read(resource(name));
    } catch (ProtocolFormatException e) {
      throw new IllegalStateException(
          "Catalogue resource " + name + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static PatientContext readPatient(String id) {
    String name = id + ".patient.json";
    try {
      return PatientContextFormat.json().read(resource(name));
    } catch (ProtocolFormatException e) {
      throw new IllegalStateException(
          "Catalogue resource " + name + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** The text of a resource of this package; fails naming it if the jar lacks it. */
  static String resource(String name) {
    try (InputStream in = Catalogue.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "Catalogue resource io/github/lympha/catalogue/" + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Catalogue resource " + name + " cannot be read", e);
    }
  }
}
