package io.github.lympha.sources;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import io.github.lympha.sources.Source.Tier;
import java.util.Optional;

/**
 * The sources of the Lympha domain reference ({@code S1} … {@code S55}), with the sources added
 * since ({@code S56} … {@code S61}), by key. Every anatomy fact and validator rule cites these
 * keys; {@link #lookup(String)} turns a key into a citation a person can follow.
 */
public final class Sources {
  private static final ImmutableMap<String, Source> ALL = build();

  private Sources() {}

  /** All sources, in key order. */
  public static ImmutableMap<String, Source> all() {
    return ALL;
  }

  /** The source with this key, if known. */
  public static Optional<Source> find(String key) {
    return Optional.ofNullable(ALL.get(checkNotNull(key, "key")));
  }

  /** The source with this key; fails naming the key if it is unknown. */
  public static Source lookup(String key) {
    Source s = ALL.get(checkNotNull(key, "key"));
    checkArgument(s != null, "Unknown source key: \"%s\"; expected S1 to S61", key);
    return s;
  }

  private static Source source(String key, Tier tier, String title, String locator) {
    return Source.of(key, tier, title, locator);
  }

  private static ImmutableMap<String, Source> build() {
    ImmutableMap.Builder<String, Source> b = ImmutableMap.builder();
    for (Source s :
        new Source[] {
          source(
              "S1",
              Tier.A,
              "Manual Lymph Drainage (Vodder), in *Lymphedema* (Springer, 2011), ch. 28",
              "doi:10.1007/978-0-85729-567-5_28"),
          source(
              "S2",
              Tier.C,
              "Types of MLD techniques, Face of Blossom",
              "https://www.faceofblossom.com.sg/types-of-manual-lymphatic-drainage-techniques/"),
          source(
              "S3",
              Tier.B,
              "Manual Lymph Drainage, NHPC Canada",
              "https://www.nhpcanada.org/for-the-public/holistic-health-guide/index.html?char=M&id=36&title=Manual-Lymph-Drainage"),
          source(
              "S4",
              Tier.B,
              "Lymph effleurage on the anterior/lateral thigh (textbook excerpt)",
              "https://aibolita.com/musculoskeletal-system/43664-lymph-effleurage-on-the-anterior-lateral-thigh.html"),
          source(
              "S5",
              Tier.C,
              "Lymphatic drainage: what exactly is it (call / \"hunting\" phases, Leduc/Vodder)",
              "https://acemind.net/lymphatic-drainage-what-exactly-is-it"),
          source(
              "S6",
              Tier.C,
              "Perform Lymphatic Drainage Massage, wikiHow",
              "http://library.eshikshya.org/kiwix/content/wikihow_en_maxi_2023-03/Perform-Lymphatic-Drainage-Massage"),
          source(
              "S7",
              Tier.B,
              "The science behind MLD (quoting J. Zuther's Lymphedema Blog)",
              "https://www.grovenaturalhealing.com/post/the-science-behind-manual-lymph-drainage-in-the-treatment-of-lymphedema"),
          source(
              "S8",
              Tier.B,
              "How is manual lymph drainage applied?",
              "https://massage-results.com/how-is-manual-lymph-drainage-applied-2/"),
          source(
              "S9",
              Tier.A,
              "Földi & Strössenreuther, *Foundations of Manual Lymph Drainage*, 3rd ed. (Elsevier 2005), ch. 10–11",
              "http://anyflip.com/prsv/hpry/basic/101-116"),
          source(
              "S10",
              Tier.A,
              "O. Leduc, A. Leduc, Manual Lymph Drainage (Leduc Method), in *Lymphedema* (Springer 2011) ch. 29",
              "doi:10.1007/978-0-85729-567-5_29"),
          source(
              "S11",
              Tier.A,
              "Lymph nodes of the upper limb (Gray's-based)",
              "http://ozradonc.wikidot.com/anatomy:nodes-upper-limb"),
          source(
              "S12",
              Tier.A,
              "HL7 FHIR Breast Radiology, NodeTypes (axillary nodes drain chest/abdominal wall above the navel)",
              "https://hl7.org/fhir/us/breast-radiology/2019Sep/CodeSystem-breastrad-NodeTypesCS.html"),
          source(
              "S13",
              Tier.B,
              "Lymphatic drainage of the arm",
              "https://revisionweb.tripod.com/limbs/arm/lymphatic_drainage_of_the_arm.htm"),
          source(
              "S14",
              Tier.A,
              "Apical lymph nodes / subclavian trunk (Wikipedia / Gray's)",
              "http://www.absoluteastronomy.com/topics/Apical_lymph_nodes"),
          source(
              "S15",
              Tier.B,
              "Lymphatics of head, neck and chest (slides)",
              "https://cdn.slideserve.com/deo/lymphatics-head-neck-and-chest"),
          source(
              "S16",
              Tier.A,
              "*Traumatic Scar Tissue Management* (venous angle, 2–3 L/day)",
              "https://yumpu.com/en/document/view/63506600/libribookcom-traumatic-scar-tissue-management-1st-edition/308"),
          source(
              "S17",
              Tier.A,
              "Elsevier Complete Anatomy: deep lateral cervical lymph vessels (cites Földi 2012)",
              "https://elsevier.com/resources/anatomy/lymphoid-system/lymphatic-vessels/deep-lateral-cervical-lymph-vessels-left/20596"),
          source(
              "S18",
              Tier.C,
              "MLD face and neck (citing *Milady Standard Esthetics*)",
              "https://jacquinaturals.com/benefit-of-manual-lymphatic-drainage-massage-part-2-face-and-neck"),
          source(
              "S19",
              Tier.B,
              "MLD for face, head and neck (AMTA 2019 handout)",
              "https://ancientalchemyandhealingarts.com/manual-lymphatic-drain"),
          source(
              "S20",
              Tier.A,
              "Elsevier: supratrochlear nodes",
              "https://www.elsevier.com/resources/anatomy/lymphoid-system/lymph-nodes/supratrochlear-nodes-left/17404"),
          source(
              "S21",
              Tier.A,
              "Elsevier: cubital nodes",
              "https://elsevier.com/resources/anatomy/lymphoid-system/lymph-nodes/cubital-nodes-right/17348"),
          source(
              "S22",
              Tier.A,
              "Radiopaedia: lymphatic drainage of the upper limb",
              "https://radiopaedia.org/articles/lymphatic-drainage-of-the-upper-limb?lang=us"),
          source(
              "S23",
              Tier.C,
              "Abdominal lymphatics (cisterna chyli at L2, para-aortic chain)",
              "https://currenseek.com/correctly-label-the-following-lymphatics-of-the-abdominal-cavity"),
          source(
              "S24",
              Tier.A,
              "Lymph nodes of inguinal region and lower limb",
              "http://ozradonc.wikidot.com/anatomy:nodes-lower-limb"),
          source(
              "S25",
              Tier.A,
              "Focused lower-limb lymphatics",
              "http://ozradonc.wikidot.com/anatomy:focused-lower-limb-lymphatics"),
          source(
              "S26",
              Tier.A,
              "Elsevier: popliteal nodes",
              "https://www.elsevier.com/resources/anatomy/lymphoid-system/lymph-nodes/popliteal-nodes-left/22520"),
          source(
              "S27",
              Tier.A,
              "Popliteal lymph nodes (medical dictionary)",
              "https://medical-dictionary.thefreedictionary.com/popliteal+lymph+nodes"),
          source(
              "S28",
              Tier.A,
              "Cuadrado et al., Int J Morphol 34(3):1117-1122, 2016",
              "https://docslib.org/doc/6291239/"),
          source(
              "S29",
              Tier.B,
              "Lymphedema People glossary: lymphatic territories",
              "http://imairyf.lymphedemapeople.com/wiki/doku.php?id=glossary:lymphatic_territories"),
          source(
              "S30",
              Tier.B,
              "Lymphologicum: Wasserscheide (watershed)",
              "https://www.lymphologicum.de/patienten/lymphbibliothek/w.html"),
          source(
              "S31",
              Tier.C,
              "ACOLS MLD exam Q: upper horizontal watershed",
              "https://acolsmld.passetra.com/question/the-upper-horizontal-watershed-separates-2a9b6d0d1d267607"),
          source(
              "S32",
              Tier.A,
              "Suami et al., Plast Reconstr Surg 2008;121(4):1231-9, doi:10.1097/01.prs.0000302511.21140.36",
              "https://www.ncbi.nlm.nih.gov/pubmed/18349641"),
          source(
              "S33",
              Tier.B,
              "Sharecare: self massage for right breast lymphedema",
              "https://www.sharecare.com/health/breast-cancer-treatment/how-massage-right-breast-lymphedma"),
          source(
              "S34",
              Tier.B,
              "Tucson Breast Health: self-lymphatic massage",
              "https://tucsonbreasthealth.com/supportive-care/self-lymphatic-massage/"),
          source(
              "S35",
              Tier.B,
              "Memorial / hospital pamphlet D-5804, Self lymphatic massage on upper body",
              "https://online.documentine.com/fvmt-meaning-massage/1/how-to-do-self-lymphatic-massage-on-your-upper-body.html"),
          source(
              "S36",
              Tier.C,
              "How to perform lymphatic drainage massage (Healthline-derived)",
              "https://ourhealthneeds.com/how-to-perform-lymphatic-drainage-massage/"),
          source(
              "S37",
              Tier.C,
              "Lymphatic drainage (pressure < 9 oz/in², ≈ 4 kPa)",
              "http://www.innovationshealth.ca/services/wellness/lymphatic-drainage"),
          source(
              "S38",
              Tier.B,
              "Moving Lymph: what is the right pressure",
              "https://movinglymph.com.au/post/a-pressing-matter-what-is-the-right-pressure-in-lymphatic-massage"),
          source(
              "S39",
              Tier.C,
              "How to do a lymphatic drainage massage at home (citing Healthline)",
              "https://listed.pages.dev/posts/how-to-do-a-lymphatic-drainage-massage-at-home"),
          source(
              "S40",
              Tier.A,
              "npj Microgravity (2024) s41526-024-00429-w, Table 8: MLD protocol head, neck, thorax",
              "http://preview-www.nature.com/articles/s41526-024-00429-w/tables/8"),
          source(
              "S41",
              Tier.B,
              "Studio Bartoletti: MLD per Vodder (proximal-to-distal progression; neck first)",
              "https://studiobartoletti.com/en/body-treatments/manual-lymphatic-drainage.html"),
          source(
              "S42",
              Tier.B,
              "Lymphedema Therapy Source: CDT contraindications",
              "https://ltstherapy.com/?p=150"),
          source(
              "S43",
              Tier.B,
              "Lymphedema Therapy Source blog: contraindications from *Földi's Textbook* (pt 2)",
              "https://ltstherapy.com/blog/tag/mld-contraindications"),
          source(
              "S44",
              Tier.B,
              "Contraindications per Dr. Vodder Akademie (German)",
              "https://michaelastranzlblog.at/2020/09/10/wann-darf-keine-lymphdrainage-angewendet-werden"),
          source(
              "S45",
              Tier.B,
              "Middle Georgia Medical Massage: MLD contraindications (whole body / neck / abdomen)",
              "https://middlegeorgiamedicalmassage.com/manual-lymphatic-drainage-contraindications"),
          source(
              "S46",
              Tier.B,
              "Knead Holistic: contraindications to MLD",
              "https://kneadholisticmassage.co.nz/contraindications-to-mld"),
          source(
              "S47",
              Tier.C,
              "Wann ist Lymphdrainage nicht ratsam (German)",
              "https://www.mysmileandmore.de/ufaqs/wann-ist-lymphdrainage-nicht-ratsam/"),
          source(
              "S48",
              Tier.A,
              "ISL 2016 Consensus Document, Lymphology 49:170-184",
              "https://www.italf.org/2016-consensus-document-of-the-international-society-of-lymphology/"),
          source(
              "S49",
              Tier.A,
              "Oncology Nursing Forum: Complete decongestive therapy",
              "https://onf.ons.org/node/1856"),
          source(
              "S50",
              Tier.B,
              "FunctionAbility PT: CDT",
              "https://functionabilitypt.com/services/complete-decongestive-therapy/"),
          source(
              "S51",
              Tier.B,
              "Gateway Center: CDT",
              "https://www.gatewaycentermassage.com/complete-decongestive-therapy"),
          source(
              "S52",
              Tier.C,
              "Ageless Heart: What is CDT",
              "https://www.agelesshearttbw.net/post/what-is-complete-decongestive-therapy"),
          source(
              "S53",
              Tier.A,
              "BMC Complement Med Ther (2017) 10.1186/s12906-017-1980-0, Table 2",
              "https://bmccomplementmedtherapies.biomedcentral.com/articles/10.1186/s12906-017-1980-0/tables/2"),
          source(
              "S54",
              Tier.A,
              "Huang et al., World J Surg Oncol 2013;11:15, doi:10.1186/1477-7819-11-15 (MLD meta-analysis)",
              "(as cited in excerpt)"),
          source(
              "S55",
              Tier.A,
              "Williams A., Manual lymphatic drainage: exploring the history and evidence base, Chronic Oedema 2010",
              "https://www.researchgate.net/publication/44683866"),
          source(
              "S56",
              Tier.A,
              "Hirsch T., Oedema drainage and cardiac insufficiency: when is there a contraindication"
                  + " for compression and manual lymphatic drainage? Phlebologie 2018;47(03):115-119,"
                  + " doi:10.12687/phleb2420-3-2018",
              "https://www.thieme-connect.de/products/ejournals/abstract/10.12687/phleb2420-3-2018"),
          source(
              "S57",
              Tier.B,
              "Lymphatic Education & Research Network: Standardized approach to the diagnosis and"
                  + " management of lymphedema, ISL staging (stages 0-III)",
              "https://lymphaticnetwork.org/browse-standardized-approach/inc/html/10.html"),
          // Sources beyond the domain reference, cited by catalogue protocols only.
          source(
              "S58",
              Tier.C,
              "The Prehab Guys: Manual lymphatic drainage after surgery (light skin stretch toward"
                  + " the heart, 5 semicircles per region, avoid the incision site)",
              "https://library.theprehabguys.com/vimeo-video/manual-lymphatic-drainage/"),
          source(
              "S59",
              Tier.B,
              "NCT06168240: The effect of manual lymphatic drainage on acute and post-acute ankle"
                  + " sprain in athletes (trial registration)",
              "https://trial.medpath.com/clinical-trial/f71585d16c108281/effect-manual-lymphatic-drainage-acute-ankle-sprain"),
          source(
              "S60",
              Tier.C,
              "Lipedema Help: Manual lymphatic drainage (MLD) for lipedema (very light skin"
                  + " stretching for pain and heaviness; citing Herbst et al., Standard of Care, 2021)",
              "https://www.lipedemahelp.com/lipedema/treatment/manual-lymphatic-drainage/"),
          source(
              "S61",
              Tier.C,
              "Chang C. (Fauquier ENT): Lymphatic massage for head and neck to reduce swelling or"
                  + " lymphedema, video description (after throat cancer surgery and/or radiation:"
                  + " move the fluid out of the head and neck and down toward the chest and armpit"
                  + " areas)",
              "https://www.youtube.com/watch?v=hwD4AqbrLz0")
        }) {
      b.put(s.key(), s);
    }
    return b.buildOrThrow();
  }
}
