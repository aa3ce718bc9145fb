package io.github.lympha.architecture;

import static com.google.common.collect.ImmutableSortedSet.toImmutableSortedSet;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Ordering;
import com.google.common.reflect.ClassPath;
import io.github.lympha.anatomy.Anatomy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;

/**
 * What lympha-core publishes, read from the build output rather than listed by hand: the packages
 * module-info exports, and the public classes in them. Tests that walk these pick up new packages
 * and classes by themselves. Works whether the tests run on the module path (Surefire) or the class
 * path (PIT, IDEs).
 */
final class LymphaModule {
  private LymphaModule() {}

  /** The compiled main classes (target/classes): where {@link Anatomy} was loaded from. */
  static Path mainClasses() {
    try {
      return Path.of(Anatomy.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** lympha-core's module descriptor, from the running module or from module-info.class. */
  static ModuleDescriptor descriptor() {
    Module module = Anatomy.class.getModule();
    if (module.isNamed() && module.getDescriptor() != null) {
      return module.getDescriptor();
    }
    try (InputStream in = Files.newInputStream(mainClasses().resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The packages exported to everyone, i.e. the public API. */
  static ImmutableSortedSet<String> exportedPackages() {
    return descriptor().exports().stream()
        .filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(toImmutableSortedSet(Ordering.natural()));
  }

  /**
   * Every public class of the exported packages: the top-level ones found by scanning the main
   * classes with Guava's {@link ClassPath}, and the public classes nested in them. Immutables'
   * generated {@code Immutable*} classes are package-private, so they are not among them.
   */
  static ImmutableList<Class<?>> publicApiClasses() {
    ImmutableSortedSet<String> exported = exportedPackages();
    ImmutableList.Builder<Class<?>> api = ImmutableList.builder();
    URL[] mainOnly;
    try {
      mainOnly = new URL[] {mainClasses().toUri().toURL()};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // A loader over the main classes alone, so the scan sees neither tests nor dependencies; the
    // classes themselves are loaded by the loader the tests run in.
    try (URLClassLoader scanOnly = new URLClassLoader(mainOnly, null)) {
      for (ClassPath.ClassInfo info : ClassPath.from(scanOnly).getTopLevelClasses()) {
        if (!exported.contains(info.getPackageName())) {
          continue;
        }
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.add(Class.forName(info.getName(), false, Anatomy.class.getClassLoader()));
        while (!todo.isEmpty()) {
          Class<?> c = todo.poll();
          if (Modifier.isPublic(c.getModifiers())) {
            api.add(c);
            todo.addAll(ImmutableList.copyOf(c.getDeclaredClasses()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    return ImmutableList.sortedCopyOf(Comparator.comparing(Class::getName), api.build());
  }
}
