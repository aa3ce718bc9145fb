/**
 * The reference catalogue: named, sourced MLD protocols transcribed from the Lympha domain
 * reference (the seed clinic leg protocol, the short neck, the intact leg, the arm and leg after
 * dissection, face and head), each with the patient context it is meant for.
 *
 * <pre>{@code
 * Protocol seed = Catalogue.seedLeg();
 * PatientContext patient = Catalogue.patientFor(seed.id());
 * Catalogue.byId("leg-intact-inguinal").ifPresent(p -> System.out.println(p.title()));
 * }</pre>
 */
@NullMarked
package io.github.lympha.catalogue;

import org.jspecify.annotations.NullMarked;
