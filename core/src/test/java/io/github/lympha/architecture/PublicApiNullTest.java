package io.github.lympha.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Site;
import io.github.lympha.protocol.Location;
import java.util.List;
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
 * <p>For the non-null arguments the tester fills in, a real value of each Lympha type is set below
 * where a dummy would be rejected for another reason first (an unknown site, say). When a new class
 * fails here because of such an argument, add a default rather than an exclusion.
 */
class PublicApiNullTest {

  private static NullPointerTester tester() {
    Anatomy anatomy = Anatomy.standard();
    Region region = anatomy.regions().get(0);
    NodeGroup group = anatomy.nodeGroups().get(0);
    return new NullPointerTester()
        // Also a valid protocol id, so a factory that checks an id eagerly reaches the argument
        // under test (the tester's own default, "", is rejected as an id first).
        .setDefault(String.class, "sample")
        .setDefault(Anatomy.class, anatomy)
        .setDefault(Region.class, region)
        .setDefault(NodeGroup.class, group)
        .setDefault(Site.class, region)
        .setDefault(Location.class, Location.of(0, 0, "Sample sequence"));
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
