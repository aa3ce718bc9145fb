package io.github.lympha.validation;

import static io.github.lympha.validation.Fixtures.nodes;
import static io.github.lympha.validation.Fixtures.protocol;
import static io.github.lympha.validation.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.protocol.Mirroring;
import io.github.lympha.protocol.Protocol;
import org.junit.jupiter.api.Test;

/**
 * Where the mirror law stops on the standard anatomy: the thoracic duct takes the lymph of both
 * legs to the left venous angle, so the right leg depends on the left terminus and the left leg
 * does not depend on the right one.
 */
class MirrorAsymmetryTest {
  @Test
  void aRightLegWorkedBeforeTheLeftTerminusIsFlaggedButItsMirrorIsNot() {
    Protocol rightLeg =
        protocol(
            nodes("TERMINUS_R"),
            nodes("INGUINAL_SUPERFICIAL_R"),
            step("THIGH_MEDIAL_R", "INGUINAL_SUPERFICIAL_R"),
            nodes("TERMINUS_L"));
    Protocol leftLeg = Mirroring.mirror(rightLeg);

    assertThat(leftLeg.steps().get(0).site().id()).isEqualTo("TERMINUS_L");
    assertThat(Fixtures.validator().validate(rightLeg).findings(RuleIds.DISTAL_BEFORE_PROXIMAL))
        .extracting(f -> f.sites().get(0))
        .containsExactly("INGUINAL_SUPERFICIAL_R", "THIGH_MEDIAL_R");
    assertThat(Fixtures.validator().validate(leftLeg).findings(RuleIds.DISTAL_BEFORE_PROXIMAL))
        .isEmpty();
  }
}
