/** A module that reaches into a package lympha-core does not export; it must not compile. */
module consumer {
  requires io.github.lympha;
}
