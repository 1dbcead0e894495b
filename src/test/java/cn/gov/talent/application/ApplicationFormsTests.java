package cn.gov.talent.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.gov.talent.audit.AuditRecord;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.program.eligibility.Degree;
import cn.gov.talent.program.eligibility.TitleLevel;
import cn.gov.talent.shared.IdNumberCipher;
import cn.gov.talent.shared.Masking;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.ReviewScenario;

/**
 * 申报表: the employer endorses with its opinion (单位意见), which the application keeps (who, when, the
 * unit) and the audit trail notes; the form prints the dossier as submitted with that opinion, the ID
 * number and phone masked, for the applicant and the units and office that see the application, and
 * for no one else.
 */
@IntegrationTest
class ApplicationFormsTests {

    static final String OPINION = "经审核，该同志政治立场坚定，业绩突出，申报材料真实，同意推荐。";

    @Autowired
    MockMvc mvc;

    @Autowired
    IdNumberCipher idNumbers;

    @Autowired
    DemoUsers users;

    @Autowired
    ReviewScenario scenario;

    @Autowired
    Applications applications;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcTemplate jdbc;

    /** A submitted application of 南昌大学 whose dossier lists education, work and an achievement. */
    long submitted() {
        return scenario.submitted("320", form -> {
            form.setPhone("13912345678");
            form.setDegree(Degree.DOCTOR);
            form.setPhdDate(LocalDate.of(2012, 7, 1));
            form.setTitle(TitleLevel.SENIOR);
            form.setTitleName("教授");
            var education = new EducationEntry();
            education.setSchool("清华大学");
            education.setMajor("临床医学");
            education.setDegree(Degree.DOCTOR);
            education.setStart(LocalDate.of(2007, 9, 1));
            education.setEnd(LocalDate.of(2012, 7, 1));
            var work = new WorkEntry();
            work.setEmployer("南昌大学第一附属医院");
            work.setPosition("主任医师");
            work.setStart(LocalDate.of(2012, 8, 1));
            var achievement = new AchievementEntry();
            achievement.setKind("OTHER");
            achievement.setDescription("主持省级重点研发计划项目");
            achievement.setLevel("PROVINCIAL");
            achievement.setRank(1);
            form.setEducations(new java.util.ArrayList<>(List.of(education)));
            form.setWork(new java.util.ArrayList<>(List.of(work)));
            form.setAchievements(new java.util.ArrayList<>(List.of(achievement)));
        });
    }

    String ownerOf(long id) {
        return jdbc.queryForObject("select u.username from app_user u join application a on a.applicant_id = u.id"
                + " where a.id = ?", String.class, id);
    }

    byte[] pdf(String path, String username) throws Exception {
        return mvc.perform(get(path).with(users.as(username))).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
    }

    static String text(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theEmployersOpinionIsRequiredKeptWithWhoAndWhenAndAudited() throws Exception {
        long id = submitted();
        String page = "/applications/" + id;
        var refused = mvc.perform(post(page + "/decision").with(users.as("employer")).with(csrf())
                .param("event", "ENDORSE").param("opinion", "很好".repeat(501)).param("reason", "")).andReturn();
        assertThat((String) refused.getFlashMap().get("errorText")).isEqualTo("意见不能超过 1000 字，请精简");
        // what was typed comes back to the page
        assertThat(refused.getFlashMap().get("decisionForm")).extracting("opinion").isEqualTo("很好".repeat(501));
        assertThat(applications.find(id).orElseThrow().getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);

        mvc.perform(post(page + "/decision").with(users.as("employer")).with(csrf()).param("event", "ENDORSE")
                .param("opinion", "  " + OPINION + "\n")).andExpect(status().is3xxRedirection());
        Application endorsed = applications.find(id).orElseThrow();
        assertThat(endorsed.getStatus()).isEqualTo(ApplicationStatus.ENDORSED);
        assertThat(endorsed.getEmployerOpinion()).isEqualTo(OPINION);
        assertThat(endorsed.getEmployerOpinionUnit()).isEqualTo("南昌大学");
        assertThat(endorsed.getEmployerOpinionBy()).isEqualTo(
                jdbc.queryForObject("select id from app_user where username = 'employer'", Long.class));
        assertThat(endorsed.getEmployerOpinionAt()).isEqualTo(endorsed.getStatusChangedAt());
        AuditRecord line = audit.historyOf("APPLICATION", id).stream()
                .filter(record -> record.getAction().equals("ENDORSE")).findFirst().orElseThrow();
        assertThat(line.getReason()).isEqualTo(OPINION);
        assertThat(line.getNoteKey()).isEqualTo("audit.note.opinion.ENDORSE");

        // every later reader of the application sees the opinion: the recommending unit, the office, the applicant
        for (String reader : List.of("recommender", "office", ownerOf(id))) {
            String detail = mvc.perform(get(page).with(users.as(reader))).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(detail).as(reader).contains("单位意见", OPINION, "南昌大学", "下载申报表（PDF）");
        }
    }

    @Test
    void theApplicationFormPrintsTheDossierAndTheOpinionWithTheIdNumberMasked() throws Exception {
        long id = submitted();
        mvc.perform(post("/applications/" + id + "/decision").with(users.as("employer")).with(csrf())
                .param("event", "ENDORSE").param("opinion", OPINION)).andExpect(status().is3xxRedirection());
        Application application = applications.find(id).orElseThrow();
        String idNumber = idNumbers.decrypt(application.getApplicantIdNumberCipher());

        long downloads = jdbc.queryForObject("select count(*) from audit_record where action = 'DOWNLOAD'"
                + " and subject_label = 'APPLICATION_FORM' and actor_username = 'employer'", Long.class);
        String form = text(pdf("/applications/" + id + "/form.pdf", "employer"));
        // a personal-data download: audited
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'DOWNLOAD'"
                + " and subject_label = 'APPLICATION_FORM' and actor_username = 'employer'", Long.class))
                .isEqualTo(downloads + 1);
        assertThat(form).contains("申报表", application.getApplicantName(), application.getSerialNo(), "南昌大学",
                "清华大学", "临床医学", "主任医师", "主持省级重点研发计划项目", "三年内建成省级重点实验室", "申报人承诺",
                "单位意见", OPINION, "单位盖章", Masking.idNumber(idNumber), "139****5678");
        assertThat(form).doesNotContain(idNumber).doesNotContain("13912345678");

        // the applicant prints their own; the recommending unit and the office theirs, within their scope
        for (String reader : List.of(ownerOf(id), "recommender", "office")) {
            assertThat(text(pdf("/applications/" + id + "/form.pdf", reader))).as(reader)
                    .contains(application.getApplicantName(), OPINION);
        }
    }

    @Test
    void othersAreRefusedTheApplicationFormByUrl() throws Exception {
        long id = submitted();
        String form = "/applications/" + id + "/form.pdf";
        // submitted, not yet endorsed: the recommending unit does not see it yet
        mvc.perform(get(form).with(users.as("recommender"))).andExpect(status().isNotFound());
        for (String other : List.of("employer02", "recommender02", "applicant")) {
            mvc.perform(get(form).with(users.as(other))).andExpect(status().isNotFound());
        }
        for (String role : List.of("supervisor", "department", "admin")) {
            mvc.perform(get(form).with(users.as(role))).andExpect(status().isForbidden());
        }
        mvc.perform(get(form)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/applications/999999999/form.pdf").with(users.as("office"))).andExpect(status().isNotFound());
        // a 推荐表 only once nominated
        mvc.perform(get("/applications/" + id + "/recommendation.pdf").with(users.as("employer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/applications/" + id + "/recommendation.pdf").with(users.as(ownerOf(id))))
                .andExpect(status().isForbidden());
        // the form is printed with the status it has: the opinion box waits for the employer
        assertThat(text(pdf(form, "employer"))).contains("单位意见").doesNotContain(OPINION);
    }
}
