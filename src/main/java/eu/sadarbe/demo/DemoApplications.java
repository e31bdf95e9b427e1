package eu.sadarbe.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The application documents of the demo assessment round, made from templates so that consortia, durations,
 * activities and therefore requested grants (about 30 000 to 300 000 EUR) vary as in a real round. Numbers 5, 19
 * and 33 carry a problem for the formal check: a partner OID nobody registered, and a partner declared in Estonia
 * whose registration says Lithuania.
 */
public final class DemoApplications {

    public static final int COUNT = 44;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Org(String oid, String name, String country, String city, String type) {
    }

    private record Theme(String title, String topic, String priority) {
    }

    private static final List<Org> SCHOOLS = orgs(DemoCast.SCHOOLS);
    private static final List<Org> VET = orgs(DemoCast.VET_SCHOOLS);
    private static final List<Org> ADULT = orgs(DemoCast.ADULT_EDUCATION);
    private static final List<Org> YOUTH = orgs(DemoCast.YOUTH);

    private static final List<Org> SCHOOL_PARTNERS = orgs(DemoCast.SCHOOL_PARTNERS);
    private static final List<Org> VET_PARTNERS = orgs(DemoCast.VET_PARTNERS);
    private static final List<Org> ADULT_PARTNERS = orgs(DemoCast.ADULT_PARTNERS);
    private static final List<Org> YOUTH_PARTNERS = orgs(DemoCast.YOUTH_PARTNERS);

    /** One-way distances from Latvia as the distance calculator would give them, by country. */
    private static final Map<String, Integer> DISTANCE = Map.ofEntries(Map.entry("LT", 290), Map.entry("EE", 280),
            Map.entry("FI", 380), Map.entry("PL", 720), Map.entry("SE", 450), Map.entry("ES", 3010),
            Map.entry("IT", 1900), Map.entry("DE", 1130), Map.entry("PT", 3350), Map.entry("AT", 1110),
            Map.entry("FR", 1890), Map.entry("LV", 150));

    private static final List<Theme> SCHOOL_THEMES = List.of(
            new Theme("Matemātika bez robežām", "mathematics taught through real-life problems", "SE-LOW-ACHIEVEMENT"),
            new Theme("Digital Storytelling in the Classroom", "digital storytelling in language lessons",
                    "HZ-DIGITAL-INNOVATION"),
            new Theme("Zaļā skola: klimata pārmaiņas mācību stundās", "climate change across school subjects",
                    "HZ-ENVIRONMENT-CLIMATE"),
            new Theme("Skolotājs kā mentors", "mentoring for newly qualified teachers", "SE-TEACHING-PROFESSION"),
            new Theme("STEAM Labs for Curious Minds", "hands-on STEAM laboratories", "SE-KEY-COMPETENCES"),
            new Theme("Iekļaujošā klase", "inclusion of pupils with special educational needs",
                    "HZ-SOCIAL-INCLUSION"),
            new Theme("Baltic Heritage Trails", "local cultural heritage explored by pupils", "HZ-CULTURAL-HERITAGE"));
    private static final List<Theme> VET_THEMES = List.of(
            new Theme("Darba vidē balstītas mācības kokapstrādē", "work-based learning in woodworking",
                    "VET-WORK-BASED-LEARNING"),
            new Theme("Smart Welding Skills", "digital welding simulators for apprentices", "HZ-DIGITAL-INNOVATION"),
            new Theme("Ilgtspējīga būvniecība", "energy-efficient construction", "HZ-ENVIRONMENT-CLIMATE"),
            new Theme("Mentors for VET Teachers", "in-company training for VET teachers", "VET-TEACHERS-TRAINERS"),
            new Theme("Modes dizains un aprites ekonomika", "circular economy in fashion design",
                    "VET-CONTINUING"),
            new Theme("Quality in Apprenticeships", "quality assurance of apprenticeships", "VET-QUALITY-ASSURANCE"),
            new Theme("Lauksaimniecības tehnoloģijas nākotnei", "precision agriculture", "VET-WORK-BASED-LEARNING"));
    private static final List<Theme> ADULT_THEMES = List.of(
            new Theme("Digitālās prasmes senioriem", "digital skills for older adults", "AE-LOW-SKILLED"),
            new Theme("Second Chance Literacy", "basic literacy and numeracy for adults", "AE-OPPORTUNITIES"),
            new Theme("Prasmju atzīšana pieaugušajiem", "validation of skills learnt outside school",
                    "AE-VALIDATION"),
            new Theme("Green Communities Learning Circles", "community learning about sustainability",
                    "HZ-ENVIRONMENT-CLIMATE"),
            new Theme("Finanšu pratība ģimenēm", "financial literacy for families", "HZ-KEY-COMPETENCES"));
    private static final List<Theme> YOUTH_THEMES = List.of(
            new Theme("Jauniešu balss pašvaldībā", "youth participation in local decisions", "YO-PARTICIPATION"),
            new Theme("Youth Work Goes Digital", "digital youth work", "YO-QUALITY-YOUTH-WORK"),
            new Theme("Sociālā uzņēmējdarbība jauniešiem", "social entrepreneurship", "YO-ENTREPRENEURSHIP"));

    private DemoApplications() {
    }

    public static List<String> documents() {
        List<String> documents = new ArrayList<>();
        for (int index = 0; index < COUNT; index++) {
            documents.add(JSON.writeValueAsString(document(index)));
        }
        return documents;
    }

    /**
     * The decided demo round (2020 round 1, LV01, deadline 23.04.2020): four KA201, four KA202 and four KA204
     * applications made from the same templates as above (their positions 0-3, 14-17, 28-31 and the unregistered
     * partner of position 5, which the formal check rejects), starting in September 2020, plus Anna Bērziņa's KA229
     * school exchange of Jelgavas Valsts ģimnāzija (E10000002) with Pärnu Koidula Gümnaasium (E10000204, EE), last.
     */
    public static List<String> decidedRoundDocuments() {
        List<String> documents = new ArrayList<>();
        for (int index : List.of(0, 1, 2, 3, 5, 14, 15, 16, 17, 28, 29, 30, 31)) {
            ObjectNode document = document(index);
            document.put("startDate", index % 2 == 0 ? "2020-09-01" : "2020-10-01");
            documents.add(JSON.writeValueAsString(document));
        }
        documents.add(JSON.writeValueAsString(schoolExchange()));
        return documents;
    }

    private static ObjectNode schoolExchange() {
        Org jelgava = org(DemoCast.JELGAVA_STATE_GYMNASIUM);
        Org parnu = SCHOOL_PARTNERS.get(1);
        ObjectNode document = JSON.createObjectNode();
        document.put("callYear", 2020);
        document.put("actionType", "KA229");
        document.put("projectType", "EXCHANGE_OF_GOOD_PRACTICES");
        document.put("title", "Lasām kopā pāri robežām");
        document.put("startDate", "2020-09-01");
        document.put("durationMonths", 24);
        document.putObject("declaration").put("accepted", true).put("signedBy", "Anna Bērziņa");
        document.putArray("priorities").add("SE-KEY-COMPETENCES");
        ArrayNode organisations = document.putArray("organisations");
        for (Org org : List.of(jelgava, parnu)) {
            organisations.addObject().put("oid", org.oid()).put("legalName", org.name()).put("country", org.country())
                    .put("city", org.city()).put("organisationType", org.type())
                    .put("role", org == jelgava ? "APPLICANT" : "PARTNER");
        }
        // KA229 has no transnational project meetings category (R-FIN-11): the schools meet in exchanges of pupils.
        document.putArray("transnationalMeetings");
        staffTraining(document, jelgava, parnu, 2);
        document.set("description", Descriptions.of(new Theme("Lasām kopā pāri robežām",
                "reading for pleasure in two languages", "SE-KEY-COMPETENCES"), jelgava, List.of(parnu), 24, false));
        return document;
    }

    private static ObjectNode document(int index) {
        String actionType = index < 14 ? "KA201" : index < 28 ? "KA202" : index < 40 ? "KA204" : "KA205";
        List<Org> applicants = switch (actionType) {
            case "KA201" -> SCHOOLS;
            case "KA202" -> VET;
            case "KA204" -> ADULT;
            default -> YOUTH;
        };
        List<Org> partnerPool = switch (actionType) {
            case "KA201" -> SCHOOL_PARTNERS;
            case "KA202" -> VET_PARTNERS;
            case "KA204" -> ADULT_PARTNERS;
            default -> YOUTH_PARTNERS;
        };
        List<Theme> themes = switch (actionType) {
            case "KA201" -> SCHOOL_THEMES;
            case "KA202" -> VET_THEMES;
            case "KA204" -> ADULT_THEMES;
            default -> YOUTH_THEMES;
        };
        Org applicant = applicants.get(index % applicants.size());
        int partnerCount = Math.min(partnerPool.size(), 2 + index % 3);
        List<Org> partners = new ArrayList<>();
        for (int p = 0; p < partnerCount; p++) {
            partners.add(partnerPool.get((index + p) % partnerPool.size()));
        }
        if (index == 5 || index == 33) {
            // Formal check (R-ELIG-10): this partner's OID is in no register.
            partners.add(new Org(DemoCast.unregisteredPartnerOid(index), DemoCast.UNREGISTERED_PARTNER, "LT",
                    "Šiauliai", index == 5 ? "SCHOOL" : "ADULT_EDUCATION_PROVIDER"));
        }
        if (index == 19) {
            // Formal check (R-ELIG-02): declared in Estonia, registered in Lithuania (E10000202, Kaunas).
            Org kaunas = org(DemoCast.MISDECLARED_PARTNER);
            partners.removeIf(partner -> partner.oid().equals(kaunas.oid()) || partner.country().equals("EE"));
            partners.add(new Org(kaunas.oid(), kaunas.name(), "EE", "Tartu", kaunas.type()));
        }
        Theme theme = themes.get(index % themes.size());
        boolean innovation = index % 4 != 3;
        int months = actionType.equals("KA205") ? List.of(12, 18).get(index % 2)
                : innovation ? List.of(24, 12, 36, 18, 24, 30, 36).get(index % 7) : List.of(24, 30).get(index % 2);
        List<Org> all = new ArrayList<>();
        all.add(applicant);
        all.addAll(partners);

        ObjectNode document = JSON.createObjectNode();
        document.put("callYear", 2020);
        document.put("actionType", actionType);
        document.put("projectType", innovation ? "INNOVATION" : "EXCHANGE_OF_GOOD_PRACTICES");
        int first = switch (actionType) {
            case "KA201" -> 0;
            case "KA202" -> 14;
            case "KA204" -> 28;
            default -> 40;
        };
        int variant = (index - first) / themes.size();
        document.put("title", theme.title() + List.of("", ": Baltijas pieredze", ": no idejas līdz praksei",
                ": kopā ar partneriem").get(variant % 4));
        document.put("startDate", index % 2 == 0 ? "2021-01-01" : "2021-02-01");
        document.put("durationMonths", months);
        // The applicant's legal representative signed the declaration of honour (Programme Guide, Part C).
        document.putObject("declaration").put("accepted", true).put("signedBy", List.of("Ilona Kalniņa",
                "Guntis Ozoliņš", "Sandra Bērziņa", "Mārtiņš Liepiņš", "Dace Zariņa", "Aivars Krūmiņš").get(index % 6));
        document.putArray("priorities").add(theme.priority());
        ArrayNode organisations = document.putArray("organisations");
        for (Org org : all) {
            organisations.addObject().put("oid", org.oid()).put("legalName", org.name()).put("country", org.country())
                    .put("city", org.city()).put("organisationType", org.type())
                    .put("role", org == applicant ? "APPLICANT" : "PARTNER");
        }
        meetings(document, all, months);
        if (innovation) {
            outputs(document, all, theme, index, months);
        }
        if (index % 3 == 0 || !innovation) {
            staffTraining(document, applicant, partners.get(0), index);
        }
        document.set("description", Descriptions.of(theme, applicant, partners, months, innovation));
        return document;
    }

    private static void meetings(ObjectNode document, List<Org> all, int months) {
        ArrayNode meetings = document.putArray("transnationalMeetings");
        for (int m = 0; m < Math.max(2, months / 6); m++) {
            Org host = all.get(m % all.size());
            ObjectNode meeting = meetings.addObject().put("id", "M" + (m + 1)).put("host", host.oid());
            ArrayNode travellers = meeting.putArray("travellers");
            for (Org from : all) {
                if (from != host) {
                    travellers.addObject().put("from", from.oid()).put("participants", 1 + m % 2)
                            .put("distanceKm", distance(host, from));
                }
            }
        }
    }

    private static void outputs(ObjectNode document, List<Org> all, Theme theme, int index, int months) {
        ArrayNode outputs = document.putArray("intellectualOutputs");
        int count = 1 + index % 3;
        for (int o = 0; o < count; o++) {
            ObjectNode output = outputs.addObject().put("id", "O" + (o + 1))
                    .put("title", List.of("Metodiskais materiāls: ", "Open online course: ", "Rīkkopa: ").get(o)
                            + theme.topic())
                    .put("lead", all.get(o % all.size()).oid());
            ArrayNode staff = output.putArray("staff");
            for (Org org : all) {
                int days = (15 + (index * 7 + org.oid().hashCode() % 13 + o * 11) % 40) * months / 12;
                staff.addObject().put("organisation", org.oid())
                        .put("category", "TEACHER_TRAINER_RESEARCHER_YOUTH_WORKER").put("days", Math.max(5, days));
            }
        }
        document.putArray("multiplierEvents").addObject().put("id", "E1").put("host", all.get(0).oid())
                .putArray("outputs").add("O1");
        ((ObjectNode) document.get("multiplierEvents").get(0)).put("localParticipants", 30 + index % 5 * 10)
                .put("internationalParticipants", 5 + index % 4 * 3);
    }

    private static void staffTraining(ObjectNode document, Org applicant, Org host, int index) {
        ObjectNode activity = document.putArray("learningActivities").addObject().put("id", "C1")
                .put("activityType", "SHORT_TERM_JOINT_STAFF_TRAINING").put("host", host.oid());
        activity.putArray("travellers").addObject().put("from", applicant.oid()).put("participantKind", "STAFF")
                .put("participants", 4 + index % 5).put("distanceKm", distance(host, applicant)).put("days", 5);
    }

    private static int distance(Org one, Org other) {
        if (one.country().equals("LV") || other.country().equals("LV")) {
            return DISTANCE.get(one.country().equals("LV") ? other.country() : one.country());
        }
        return Math.max(200, Math.abs(DISTANCE.get(one.country()) - DISTANCE.get(other.country())) + 300);
    }

    private static Org org(DemoCast.Org org) {
        return new Org(org.oid(), org.name(), org.country(), org.city(), org.type().name());
    }

    private static List<Org> orgs(List<DemoCast.Org> orgs) {
        return orgs.stream().map(DemoApplications::org).toList();
    }

    /** The description texts, in Latvian as the applicants wrote them, from the project's theme and consortium. */
    private static final class Descriptions {

        static ObjectNode of(Theme theme, Org applicant, List<Org> partners, int months, boolean innovation) {
            String countries = String.join(", ", partners.stream().map(Org::country).distinct().toList());
            String names = String.join("; ", partners.stream().map(Org::name).toList());
            ObjectNode texts = JSON.createObjectNode();
            texts.put("needs", "%s ikdienā redz, ka %s joprojām nav pietiekami attīstīta: skolotāji un audzēkņi "
                    .formatted(applicant.name(), theme.topic())
                    + "to min aptaujās kā vienu no trim lielākajām vajadzībām. Partneri valstīs %s ziņo par līdzīgu "
                    .formatted(countries) + "pieredzi, tāpēc risinājumu meklēsim kopā.");
            texts.put("objectives", "Projekta %d mēnešos mēs vēlamies: 1) apzināt labāko praksi jomā \"%s\"; "
                    .formatted(months, theme.topic()) + "2) to izmēģināt katrā partnerorganizācijā; "
                    + "3) dalīties ar rezultātiem ar citām organizācijām Latvijā un Eiropā.");
            texts.put("targetGroups", "Tiešā mērķgrupa ir pedagogi un darbinieki, kuri piedalīsies projekta "
                    + "sanāksmēs un mācībās; netiešā mērķgrupa ir audzēkņi, viņu ģimenes un vietējā kopiena ("
                    + applicant.city() + ").");
            if (innovation) {
                texts.put("innovation", "Jaunums ir tas, ka materiālus veidosim kopā ar audzēkņiem un tos "
                        + "publicēsim ar atvērtu licenci, lai tos varētu brīvi pielāgot citās valodās.");
            }
            texts.put("partnership", "Koordinators " + applicant.name() + " vada projektu; partneri (" + names
                    + ") ienes savu pieredzi un mācību vidi. Darbus sadalām pēc katras organizācijas stiprajām pusēm.");
            texts.put("impact", "Pēc projekta vismaz 80 % iesaistīto pedagogu izmantos jaunās metodes; rezultātus "
                    + "mērīsim ar aptaujām projekta sākumā un beigās.");
            texts.put("dissemination", "Rezultātus izplatīsim EPALE, School Education Gateway un Erasmus+ projektu "
                    + "rezultātu platformā, kā arī reģionālās konferencēs un sociālajos tīklos.");
            return texts;
        }
    }
}
