package io.github.lympha.validation;

/**
 * A standard rule that reads only the protocol's {@link Structure} (where each step is, toward
 * what, through which anastomosis, with which stroke and in which phase), the patient context and
 * the policy, never how a step is done. A {@link Validator} reuses its findings for protocols of
 * the same structure; {@code ValidatorProperties} checks that the reused findings equal fresh ones.
 */
abstract class StructuralRule extends StandardRule {
  StructuralRule(String id, Severity severity, String summary, String... sources) {
    super(id, severity, summary, sources);
  }

  @Override
  final boolean readsStructureOnly() {
    return true;
  }
}
