/**
 * Lympha: an immutable model of manual lymphatic drainage (MLD) protocols, with the anatomy of
 * drainage they rest on. Lympha models protocols; it gives no medical advice.
 */
module io.github.lympha {
  requires transitive com.google.common;
  requires transitive org.jspecify;
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  // The file format's parsers and generators; not transitive: no Jackson type is in the API.
  requires tools.jackson.core;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;

  exports io.github.lympha.anatomy;
  exports io.github.lympha.technique;
  exports io.github.lympha.protocol;
  exports io.github.lympha.sources;
  exports io.github.lympha.patient;
  exports io.github.lympha.catalogue;
  exports io.github.lympha.render;
  exports io.github.lympha.validation;
  exports io.github.lympha.format;
  exports io.github.lympha.research;
}
