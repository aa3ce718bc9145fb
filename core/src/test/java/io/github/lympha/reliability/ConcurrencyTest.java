package io.github.lympha.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.Pathway;
import io.github.lympha.anatomy.PathwayKind;
import io.github.lympha.format.ProtocolFormat;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.render.Instructions;
import io.github.lympha.research.Plan;
import io.github.lympha.research.Planner;
import io.github.lympha.testing.Generators;
import io.github.lympha.testing.Laws;
import io.github.lympha.validation.ValidationReport;
import io.github.lympha.validation.Validator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the javadoc promises about threads: one {@link Anatomy} (whose route searches are memoised),
 * one {@link Validator} (whose drainage facts and structural findings are memoised), one {@link
 * Planner} and the {@link Instructions} renderer, shared by {@value #THREADS} threads that each
 * work through the same generated protocols and patients in their own order, give exactly the
 * results a fresh, unshared instance gives one call at a time. The shared instances start cold, so
 * the threads race to fill their memos.
 */
@Tag("slow")
class ConcurrencyTest {
  private static final int THREADS = 8;

  /** A case: a protocol and a patient, both on the anatomy under test. */
  private static final class Case {
    final Protocol protocol;
    final PatientContext patient;

    Case(Protocol protocol, PatientContext patient) {
      this.protocol = protocol;
      this.patient = patient;
    }
  }

  /** The standard anatomy with the thoracic duct made symmetric, built afresh: cold memos. */
  private static Anatomy freshAnatomy() {
    return Anatomy.standard().toBuilder()
        .addPathway(Pathway.of("CISTERNA_CHYLI", "TERMINUS_R", PathwayKind.EFFERENT, "S23"))
        .build();
  }

  private static List<Case> cases(Anatomy anatomy) {
    List<Protocol> protocols = new ArrayList<>();
    List<PatientContext> patients = new ArrayList<>();
    Laws.check(300, Generators.symmetricProtocols(), protocols::add);
    Laws.check(300, Generators.symmetricContexts(), patients::add);
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < protocols.size(); i++) {
      cases.add(new Case(protocols.get(i).withAnatomy(anatomy), patients.get(i % patients.size())));
    }
    assertThat(cases).hasSizeGreaterThan(250);
    return cases;
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aSharedAnatomyValidatorPlannerAndRendererGiveTheSequentialResults() throws Exception {
    // The expected results: an anatomy and tools of their own, one call at a time.
    List<Case> alone = cases(freshAnatomy());
    Validator aloneValidator = Validator.builder().build();
    Planner alonePlanner = Planner.of(alone.get(0).protocol.anatomy());
    List<ValidationReport> reports =
        map(alone, c -> aloneValidator.validate(c.protocol, c.patient));
    List<Plan> plans = map(alone, c -> alonePlanner.plan(c.patient));
    List<String> renderings = map(alone, c -> Instructions.text(c.protocol));

    // The same cases on one cold anatomy, with one validator and one planner, in eight threads.
    Anatomy shared = freshAnatomy();
    List<Case> cases = map(alone, c -> new Case(c.protocol.withAnatomy(shared), c.patient));
    Validator validator = Validator.builder().build();
    Planner planner = Planner.of(shared);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<String>>> threads = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
          order.add(i);
        }
        Collections.shuffle(order, new Random(t));
        threads.add(
            pool.submit(
                () -> {
                  start.await();
                  List<String> differences = new ArrayList<>();
                  for (int i : order) {
                    Case c = cases.get(i);
                    if (!validator.validate(c.protocol, c.patient).equals(reports.get(i))) {
                      differences.add("report of case " + i);
                    }
                    if (!samePlan(planner.plan(c.patient), plans.get(i))) {
                      differences.add("plan of case " + i);
                    }
                    if (!Instructions.text(c.protocol).equals(renderings.get(i))) {
                      differences.add("rendering of case " + i);
                    }
                  }
                  return differences;
                }));
      }
      start.countDown();
      for (Future<List<String>> thread : threads) {
        assertThat(thread.get(100, TimeUnit.SECONDS)).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
    // The cases are not all alike: some reports have errors, some are clean; some patients get a
    // plan, some do not.
    assertThat(reports).anyMatch(ValidationReport::isValid).anyMatch(r -> !r.isValid());
    assertThat(plans).anyMatch(Plan::isPlanned);
  }

  /**
   * Plans are equal but for the anatomy their protocol refers to, which is not part of equality.
   */
  private static boolean samePlan(Plan a, Plan b) {
    ProtocolFormat json = ProtocolFormat.json();
    return a.equals(b)
        && a.protocol().map(json::write).equals(b.protocol().map(json::write))
        && a.notes().equals(b.notes());
  }

  private static <T> List<T> map(List<Case> cases, Function<Case, T> f) {
    List<T> out = new ArrayList<>();
    for (Case c : cases) {
      out.add(f.apply(c));
    }
    return out;
  }
}
