package io.github.lympha.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.protocol.Protocol;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.hl7.fhir.r4.model.PlanDefinition.PlanDefinitionActionComponent;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

class PlanDefinitionsTest {
  private static PlanDefinition legIntact() {
    return PlanDefinitions.from(Catalogue.legIntactInguinal());
  }

  private static PlanDefinitionActionComponent firstStep(PlanDefinition pd) {
    return pd.getAction().get(0).getAction().get(0);
  }

  @Test
  void everyCatalogueProtocolGoesToFhirAndBackEqual() {
    for (Protocol p : Catalogue.all()) {
      PlanDefinition pd = PlanDefinitions.from(p);
      assertThat(PlanDefinitions.toProtocol(pd)).as(p.id()).isEqualTo(p);
      String json = FhirJson.write(pd);
      assertThat(PlanDefinitions.toProtocol(FhirJson.readPlanDefinition(json)))
          .as(p.id())
          .isEqualTo(p);
    }
  }

  @Test
  void everyCatalogueProtocolValidatesWithoutErrorsOrWarnings() {
    List<String> problems = new ArrayList<>();
    for (Protocol p : Catalogue.all()) {
      for (String m : SharedValidator.problems(PlanDefinitions.from(p))) {
        problems.add(p.id() + ": " + m);
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void writesTheShapeDocumented() {
    Protocol p = Catalogue.legIntactInguinal();
    PlanDefinition pd = legIntact();
    assertThat(pd.getType().getCodingFirstRep().getCode()).isEqualTo("clinical-protocol");
    assertThat(pd.getMeta().getProfile().get(0).getValue()).isEqualTo(FhirNames.PROTOCOL_PROFILE);
    assertThat(pd.getAction()).hasSize(p.sequences().size());
    assertThat(pd.getAction().get(0).getTitle()).isEqualTo(p.sequences().get(0).name());
    assertThat(pd.getAction().get(0).getAction()).hasSize(p.sequences().get(0).steps().size());
    Extension stroke = firstStep(pd).getExtensionByUrl(PlanDefinitions.STROKE);
    assertThat(((Coding) stroke.getValue()).getCode())
        .isEqualTo(p.sequences().get(0).steps().get(0).stroke().code());
    assertThat(pd.getText().getDivAsString()).contains(p.title());
  }

  @Test
  void refusesAPlanDefinitionThatIsNotALymphaProtocol() {
    PlanDefinition pd = legIntact();
    pd.setIdentifier(List.of(new Identifier().setSystem("urn:other").setValue("x")));
    assertThatThrownBy(() -> PlanDefinitions.toProtocol(pd))
        .isInstanceOf(FhirMappingException.class)
        .hasMessageContaining("PlanDefinition/leg-intact-inguinal: PlanDefinition.identifier")
        .hasMessageContaining("not a Lympha protocol");
  }

  @Test
  void refusesAnUnknownStrokeNamingItsFhirPath() {
    PlanDefinition pd = legIntact();
    Extension stroke = firstStep(pd).getExtensionByUrl(PlanDefinitions.STROKE);
    ((Coding) stroke.getValue()).setCode("PUMPING");
    assertThatThrownBy(() -> PlanDefinitions.toProtocol(pd))
        .isInstanceOf(FhirMappingException.class)
        .hasMessageContaining("PlanDefinition.action[0].action[0].extension[1]")
        .hasMessageContaining("unknown stroke \"PUMPING\"; expected one of STATIONARY_CIRCLE");
  }

  @Test
  void refusesAnUnknownSiteAndAStepWithoutAStroke() {
    PlanDefinition pd = legIntact();
    PlanDefinitionActionComponent step = firstStep(pd);
    ((org.hl7.fhir.r4.model.CodeableConcept)
            step.getExtensionByUrl(PlanDefinitions.SITE).getValue())
        .getCodingFirstRep()
        .setCode("elbow-of-nowhere");
    step.getExtension().removeIf(e -> e.getUrl().equals(PlanDefinitions.STROKE));
    assertThatThrownBy(() -> PlanDefinitions.toProtocol(pd))
        .isInstanceOf(FhirMappingException.class)
        .satisfies(
            e ->
                assertThat(((FhirMappingException) e).problems())
                    .anySatisfy(m -> assertThat(m).contains("unknown site \"elbow-of-nowhere\""))
                    .anySatisfy(
                        m ->
                            assertThat(m)
                                .contains("PlanDefinition.action[0].action[0]: missing extension")
                                .contains("step-stroke")));
  }

  @Test
  void refusesAnUnknownLymphaExtension() {
    PlanDefinition pd = legIntact();
    firstStep(pd).addExtension(FhirNames.extension("step-colour"), new StringType("blue"));
    assertThatThrownBy(() -> PlanDefinitions.toProtocol(pd))
        .hasMessageContaining("unknown Lympha extension")
        .hasMessageContaining("step-colour");
  }

  @Test
  void refusesAWrongValueTypeAndAWrongUnitNamingTheirFhirPaths() {
    PlanDefinition pd = legIntact();
    PlanDefinitionActionComponent step = firstStep(pd);
    step.getExtensionByUrl(FhirNames.extension("step-repetitions"))
        .setValue(new StringType("five"));
    ((org.hl7.fhir.r4.model.Quantity)
            step.getExtensionByUrl(FhirNames.extension("step-tempo")).getValue())
        .setCode("min");
    assertThatThrownBy(() -> PlanDefinitions.toProtocol(pd))
        .isInstanceOf(FhirMappingException.class)
        .satisfies(
            e ->
                assertThat(((FhirMappingException) e).problems())
                    .anySatisfy(
                        m ->
                            assertThat(m)
                                .startsWith(
                                    "PlanDefinition/leg-intact-inguinal: PlanDefinition.action[0]"
                                        + ".action[0].extension[")
                                .endsWith("expected a valuePositiveInt, found a string"))
                    .anySatisfy(
                        m ->
                            assertThat(m)
                                .startsWith(
                                    "PlanDefinition/leg-intact-inguinal: PlanDefinition.action[0]"
                                        + ".action[0].extension[")
                                .contains("expected a quantity in UCUM s")));
  }

  @Test
  void theValidatorRefusesAWrongStatus() {
    String broken =
        FhirJson.write(legIntact()).replace("\"status\": \"active\"", "\"status\": \"finished\"");
    assertThat(broken).contains("finished");
    assertThat(SharedValidator.problems(broken))
        .anySatisfy(m -> assertThat(m).startsWith("ERROR").contains("finished"));
    assertThatThrownBy(() -> FhirJson.readPlanDefinition(broken))
        .isInstanceOf(FhirMappingException.class)
        .hasMessageContaining("Unknown PublicationStatus code 'finished'");
  }

  @Test
  void theValidatorRefusesAMissingRequiredElement() {
    PlanDefinition pd = legIntact();
    pd.setStatus(null);
    assertThat(SharedValidator.problems(pd))
        .anySatisfy(m -> assertThat(m).startsWith("ERROR").contains("PlanDefinition.status"));
  }

  @Test
  void theValidatorRefusesAnUnknownExtensionValue() {
    PlanDefinition pd = legIntact();
    ((Coding) firstStep(pd).getExtensionByUrl(PlanDefinitions.STROKE).getValue())
        .setCode("PUMPING");
    assertThat(SharedValidator.problems(pd))
        .anySatisfy(m -> assertThat(m).startsWith("ERROR").contains("PUMPING"));
  }

  @Test
  void theValidatorRefusesAProfileViolation() {
    PlanDefinition pd = legIntact();
    pd.setTitle(null);
    assertThat(SharedValidator.problems(pd))
        .anySatisfy(m -> assertThat(m).startsWith("ERROR").contains("PlanDefinition.title"));
  }
}
