package io.github.lympha.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ObjectArrays;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of lympha-core, checked on its compiled classes (target/classes, tests excluded).
 *
 * <p>Layers, lowest first; a package may use those below it, never those above:
 *
 * <pre>
 *   style, sources          shared Immutables style; the bibliography every fact cites
 *   anatomy                 drainage map
 *   technique               strokes, pressure, tempo
 *   protocol, patient       the protocol model; the patient context it is applied to
 *   catalogue               reference protocols, built from the model
 *   validation              rules and findings
 *   format | render         file format | pictures and text; side by side, neither uses the other
 *   research                may use everything
 * </pre>
 *
 * Rules about packages that do not exist yet pass vacuously ({@code allowEmptyShould}), so they are
 * in force from the first class someone adds there. {@link #importSeesEveryExportedPackage()} keeps
 * that from hiding a broken import.
 */
class ArchitectureTest {
  private static final String LYMPHA = "io.github.lympha..";
  private static final String STYLE = "io.github.lympha.style..";
  private static final String SOURCES = "io.github.lympha.sources..";
  private static final String ANATOMY = "io.github.lympha.anatomy..";
  private static final String TECHNIQUE = "io.github.lympha.technique..";
  private static final String PROTOCOL = "io.github.lympha.protocol..";
  private static final String PATIENT = "io.github.lympha.patient..";
  private static final String CATALOGUE = "io.github.lympha.catalogue..";
  private static final String VALIDATION = "io.github.lympha.validation..";
  private static final String FORMAT = "io.github.lympha.format..";
  private static final String RENDER = "io.github.lympha.render..";
  private static final String RESEARCH = "io.github.lympha.research..";

  private static JavaClasses lympha;
  private static ImmutableSet<String> exported;

  @BeforeAll
  static void importMainClasses() {
    lympha = new ClassFileImporter().importPath(LymphaModule.mainClasses());
    exported = LymphaModule.exportedPackages();
  }

  /** {@code pkg} may use, of Lympha, only itself and {@code allowed}. */
  private static ArchRule usesOnly(String pkg, String... allowed) {
    String[] own = ObjectArrays.concat(pkg, allowed);
    return classes()
        .that()
        .resideInAPackage(pkg)
        .should()
        .onlyDependOnClassesThat(resideOutsideOfPackage(LYMPHA).or(resideInAnyPackage(own)))
        .allowEmptyShould(true);
  }

  /** {@code pkg} must not use any of {@code forbidden}. */
  private static ArchRule doesNotUse(String pkg, String... forbidden) {
    return noClasses()
        .that()
        .resideInAPackage(pkg)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(forbidden)
        .allowEmptyShould(true);
  }

  @Test
  void importSeesEveryExportedPackage() {
    assertThat(exported).contains("io.github.lympha.anatomy");
    for (String pkg : exported) {
      assertThat(lympha.that(resideInAnyPackage(pkg))).as("classes of %s", pkg).isNotEmpty();
    }
  }

  @Test
  void styleAndSourcesAreLeaves() {
    usesOnly(STYLE).check(lympha);
    usesOnly(SOURCES, STYLE).check(lympha);
  }

  @Test
  void anatomyDependsOnNothingElseInLympha() {
    usesOnly(ANATOMY, STYLE, SOURCES).check(lympha);
  }

  @Test
  void techniqueDependsOnlyOnAnatomy() {
    usesOnly(TECHNIQUE, ANATOMY, STYLE, SOURCES).check(lympha);
  }

  @Test
  void protocolDependsOnlyOnAnatomyAndTechnique() {
    usesOnly(PROTOCOL, ANATOMY, TECHNIQUE, STYLE, SOURCES).check(lympha);
  }

  @Test
  void patientStaysBelowProtocolAndTheToolsOnTop() {
    doesNotUse(PATIENT, PROTOCOL, CATALOGUE, VALIDATION, FORMAT, RENDER, RESEARCH).check(lympha);
  }

  @Test
  void catalogueIsDataReadThroughTheFormatNotATool() {
    // The catalogue's protocols are resource files read with the public readers (issue 17).
    doesNotUse(CATALOGUE, RENDER, RESEARCH).check(lympha);
    doesNotUse(FORMAT, CATALOGUE).check(lympha);
  }

  @Test
  void validationDoesNotDependOnFormatRenderOrResearch() {
    doesNotUse(VALIDATION, FORMAT, RENDER, RESEARCH).check(lympha);
  }

  @Test
  void formatDoesNotDependOnRenderOrResearch() {
    doesNotUse(FORMAT, RENDER, RESEARCH).check(lympha);
  }

  @Test
  void renderDoesNotDependOnFormatOrResearch() {
    doesNotUse(RENDER, FORMAT, RESEARCH).check(lympha);
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices()
        .matching("io.github.lympha.(*)..")
        .should()
        .beFreeOfCycles()
        .allowEmptyShould(true)
        .check(lympha);
  }

  @Test
  void generatedImmutablesStayHidden() {
    classes()
        .that()
        .haveSimpleNameStartingWith("Immutable")
        .and()
        .areTopLevelClasses()
        .and()
        .resideInAPackage(LYMPHA)
        .should()
        .notBePublic()
        .because("users write Foo.builder() or Foo.of(...) and never see Immutable* (STYLE.md)")
        .allowEmptyShould(true)
        .check(lympha);
  }

  @Test
  void publicApiExposesNoJacksonTypes() {
    classes()
        .that(areApi())
        .should(exposeOnly("no Jackson type", t -> !isJackson(t)))
        .because("Jackson is an implementation detail of the file format; apps must not need it")
        .allowEmptyShould(true)
        .check(lympha);
  }

  @Test
  void publicApiExposesNoInternalLymphaTypes() {
    classes()
        .that(areApi())
        .should(
            exposeOnly(
                "no non-public or unexported Lympha type",
                t -> !t.getPackageName().startsWith("io.github.lympha") || isApi(t)))
        .because("a public signature naming a hidden type cannot be used from outside")
        .allowEmptyShould(true)
        .check(lympha);
  }

  private static boolean isJackson(JavaClass type) {
    String name = type.getName();
    return name.startsWith("tools.jackson.") || name.startsWith("com.fasterxml.");
  }

  /** Public (and enclosed only by public classes) in a package exported to everyone. */
  private static boolean isApi(JavaClass type) {
    JavaClass base = type.getBaseComponentType();
    if (!exported.contains(base.getPackageName())) {
      return false;
    }
    for (Optional<JavaClass> c = Optional.of(base);
        c.isPresent();
        c = c.get().getEnclosingClass()) {
      if (!c.get().getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  private static DescribedPredicate<JavaClass> areApi() {
    return describe("are public API (public, in an exported package)", ArchitectureTest::isApi);
  }

  /**
   * The class's public and protected fields, methods and constructors, and its supertypes, name
   * only types that {@code allowed} accepts (type arguments and throws clauses included).
   */
  private static ArchCondition<JavaClass> exposeOnly(String what, Predicate<JavaClass> allowed) {
    return new ArchCondition<>("expose " + what + " in their public API") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        Set<JavaType> supertypes = new LinkedHashSet<>(type.getInterfaces());
        type.getSuperclass().ifPresent(supertypes::add);
        for (JavaType s : supertypes) {
          for (JavaClass raw : s.getAllInvolvedRawTypes()) {
            if (!allowed.test(raw) && !isAllowedSupertype(raw)) {
              events.add(
                  SimpleConditionEvent.violated(
                      type, type.getName() + " extends or implements " + raw.getName()));
            }
          }
        }
        for (JavaMember member : type.getMembers()) {
          if (!isVisible(member)) {
            continue;
          }
          for (JavaClass raw : involvedTypes(member)) {
            if (!allowed.test(raw)) {
              events.add(
                  SimpleConditionEvent.violated(
                      member, member.getFullName() + " exposes " + raw.getName()));
            }
          }
        }
      }
    };
  }

  /**
   * The Immutables idiom {@code final class Builder extends ImmutableFoo.Builder {}} extends a
   * generated builder; its public methods return the public {@code Foo.Builder}, so the hidden
   * superclass is not a leak.
   */
  private static boolean isAllowedSupertype(JavaClass raw) {
    return raw.getSimpleName().equals("Builder")
        && raw.getEnclosingClass()
            .map(c -> c.getSimpleName().startsWith("Immutable"))
            .orElse(false);
  }

  private static boolean isVisible(JavaMember member) {
    Set<JavaModifier> modifiers = member.getModifiers();
    return (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED))
        && !modifiers.contains(JavaModifier.SYNTHETIC);
  }

  private static Set<JavaClass> involvedTypes(JavaMember member) {
    Set<JavaClass> types = new LinkedHashSet<>();
    if (member instanceof JavaField) {
      types.addAll(((JavaField) member).getType().getAllInvolvedRawTypes());
    } else if (member instanceof JavaCodeUnit) {
      JavaCodeUnit code = (JavaCodeUnit) member;
      types.addAll(code.getReturnType().getAllInvolvedRawTypes());
      for (JavaType p : code.getParameterTypes()) {
        types.addAll(p.getAllInvolvedRawTypes());
      }
      types.addAll(code.getThrowsClause().getTypes());
    }
    return types;
  }
}
