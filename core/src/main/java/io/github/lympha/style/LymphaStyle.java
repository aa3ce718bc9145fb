package io.github.lympha.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every Lympha value type: package-private generated classes
 * hidden behind the abstract type, public builders, Guava immutable collections and {@code withX}
 * copies.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    jdkOnly = false,
    strictBuilder = true,
    defaults = @Value.Immutable(copy = true))
public @interface LymphaStyle {}
