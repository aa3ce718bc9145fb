package io.github.lympha.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.NullPointerTester;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Site;
import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.protocol.Location;
import io.github.lympha.protocol.Protocol;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * No {@code null} in the public API (STYLE.md): every public static method and public constructor
 * of every public class in an exported package rejects a {@code null} argument with a {@link
 * NullPointerException}, unless the parameter is marked {@code @Nullable}. The classes come from
 * scanning the build output ({@link LymphaModule#publicApiClasses()}), so a new class is covered as
 * soon as it is compiled.
 *
 * <p>Left out, with the reason:
 *
 * <ul>
 *   <li>Immutables' generated {@code Immutable*} classes: package-private, so not API (the
 *       architecture test keeps them so); their builders reject nulls by construction.
 *   <li>Nothing else. Enums need no exception: {@code valueOf(null)} throws NPE, and {@code
 *       Enum.valueOf(Class, String)} lives in {@code java.lang}, which the tester does not walk.
 * </ul>
 *
 * <p>For the non-null arguments the tester fills in, each public API class that has a public static
 * no-argument factory returning its own type ({@code standard()}, {@code none()}, …) gets that as
 * its sample; a few real values are set by hand below where neither that nor the tester's own
 * dummies work (an abstract value class with no such factory, say, or a dummy rejected for another
 * reason first). When a new class fails here for want of a sample, add a factory or a default
 * rather than an exclusion.
 */
class PublicApiNullTest {

  /** Factory names preferred as samples, in order, when a class has several. */
  private static final ImmutableList<String> PREFERRED = ImmutableList.of("standard", "none");

  private static NullPointerTester tester() {
    NullPointerTester tester = new NullPointerTester();
    for (Class<?> type : LymphaModule.publicApiClasses()) {
      sampleOf(type).ifPresent(sample -> setDefault(tester, type, sample));
    }
    Anatomy anatomy = Anatomy.standard();
    return tester
        // Also a valid protocol id, so a factory that checks an id eagerly reaches the argument
        // under test (the tester's own default, "", is rejected as an id first).
        .setDefault(String.class, "sample")
        .setDefault(Region.class, anatomy.regions().get(0))
        .setDefault(NodeGroup.class, anatomy.nodeGroups().get(0))
        .setDefault(Site.class, anatomy.regions().get(0))
        .setDefault(Location.class, Location.of(0, 0, "Sample sequence"))
        .setDefault(Protocol.class, Catalogue.seedLeg())
        .setDefault(
            io.github.lympha.research.Family.class,
            io.github.lympha.research.Family.of(Catalogue.seedLeg()))
        .setDefault(
            io.github.lympha.research.BatchEvaluation.class,
            io.github.lympha.research.BatchEvaluation.of(
                io.github.lympha.validation.Validator.standard(),
                io.github.lympha.patient.PatientContext.none()));
  }

  /** What the type's own public static no-argument factory returns, if it has one that works. */
  private static Optional<Object> sampleOf(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getParameterCount() == 0 && m.getReturnType() == type)
        .sorted(
            Comparator.comparingInt(
                    (Method m) ->
                        PREFERRED.contains(m.getName())
                            ? PREFERRED.indexOf(m.getName())
                            : PREFERRED.size())
                .thenComparing(Method::getName))
        .flatMap(m -> invoke(m).stream())
        .findFirst();
  }

  private static Optional<Object> invoke(Method factory) {
    try {
      return Optional.ofNullable(factory.invoke(null));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static <T> void setDefault(NullPointerTester tester, Class<T> type, Object sample) {
    tester.setDefault(type, type.cast(sample));
  }

  @TestFactory
  Stream<DynamicTest> publicStaticMethodsAndConstructorsRejectNull() {
    NullPointerTester tester = tester();
    return LymphaModule.publicApiClasses().stream()
        .filter(c -> !c.getSimpleName().startsWith("Immutable"))
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.getName(),
                    () -> {
                      tester.testAllPublicStaticMethods(c);
                      tester.testConstructors(c, NullPointerTester.Visibility.PUBLIC);
                    }));
  }

  @Test
  void scanFindsThePublicApi() {
    List<Class<?>> api = LymphaModule.publicApiClasses();
    assertThat(api).contains(Anatomy.class, Region.class, NodeGroup.class, Region.Builder.class);
    assertThat(api).noneMatch(c -> c.getSimpleName().startsWith("Immutable"));
    assertThat(api).allMatch(c -> LymphaModule.exportedPackages().contains(c.getPackageName()));
  }
}
