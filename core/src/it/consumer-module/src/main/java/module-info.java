/** An app that uses lympha-core as a JPMS module, requiring nothing but the module itself. */
module consumer {
  requires io.github.lympha;
}
