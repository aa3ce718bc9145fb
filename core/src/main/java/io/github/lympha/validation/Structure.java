package io.github.lympha.validation;

import com.google.common.collect.ImmutableSet;
import io.github.lympha.anatomy.Anastomosis;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.Region;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Sequence;
import io.github.lympha.protocol.Step;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything a {@linkplain StandardRule#readsStructureOnly() structural rule} reads: the protocol's
 * anatomy (by identity: its equality is deep and costly), id and treated regions; each phase's
 * name, repeats and size; each step's site, target, anastomosis and stroke; the patient context and
 * the policy. Not read: how a step is done (pressure, repetitions, tempo, hands, note) and the
 * protocol's texts. Two validations with equal structures get the same findings from every
 * structural rule, so a {@link Validator} remembers them: a family of variants that changes only
 * how steps are done pays for those rules once.
 */
final class Structure {
  private final Anatomy anatomy;
  private final String id;
  private final ImmutableSet<Region> treats;
  private final PatientContext patient;
  private final Policy policy;
  // Per phase: name, repeats, step count; then per step: site, target, anastomosis, stroke.
  private final Object[] shape;
  private final int hash;

  Structure(Protocol protocol, PatientContext patient, Policy policy) {
    this.anatomy = protocol.anatomy();
    this.id = protocol.id();
    this.treats = protocol.treats();
    this.patient = patient;
    this.policy = policy;
    Object[] parts = new Object[3 * protocol.sequences().size() + 4 * protocol.stepCount()];
    // Sites hash by id: cheap (ids cache their hash) and consistent with their equality.
    int h = 31 * System.identityHashCode(anatomy) + id.hashCode();
    int i = 0;
    for (Sequence seq : protocol.sequences()) {
      parts[i++] = seq.name();
      parts[i++] = seq.repeats();
      parts[i++] = seq.steps().size();
      h = 31 * (31 * h + seq.name().hashCode()) + seq.repeats();
      for (Step step : seq.steps()) {
        Optional<Anastomosis> via = step.via();
        parts[i++] = step.site();
        parts[i++] = step.toward();
        parts[i++] = via;
        parts[i++] = step.stroke();
        h = 31 * h + step.site().id().hashCode();
        h = 31 * h + step.toward().id().hashCode();
        h = 31 * h + (via.isPresent() ? via.get().id().hashCode() : 0);
        h = 31 * h + step.stroke().ordinal();
      }
    }
    this.shape = parts;
    this.hash = h;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Structure)) {
      return false;
    }
    Structure that = (Structure) o;
    // No hash comparison first: the memo's map compares hashes before it calls equals.
    return anatomy == that.anatomy
        && id.equals(that.id)
        && Arrays.equals(shape, that.shape)
        && treats.equals(that.treats)
        && patient.equals(that.patient)
        && policy.equals(that.policy);
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
