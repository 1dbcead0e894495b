package cn.gov.talent.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.gov.talent.shared.PersonalDataDownload;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;

/**
 * PIPL: every download that carries personal data is audited — who, when, what, asked how, and for a list
 * how many rows. The downloads are found from the handler mappings (a file-like address or a file
 * returned), so a new one without the annotation fails here; blank templates are the only exceptions.
 */
@IntegrationTest
class PersonalDataDownloadsAreAuditedTests {

    /** Downloads without personal data (blank import templates), or audited by their own service. */
    static final Set<String> NOT_PERSONAL = Set.of("/review/experts/template.xlsx", "/admin/calendar/template.xlsx",
            "/talents/{id}/file.xlsx");

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    private long downloadsBy(String username, String what) {
        return jdbc.queryForObject("select count(*) from audit_record where action = 'DOWNLOAD'"
                + " and actor_username = ? and subject_label = ?", Long.class, username, what);
    }

    @Test
    void anExportOfTheApplicationListIsAuditedWithItsFilters() throws Exception {
        long before = downloadsBy("office", "APPLICATION_LIST");
        mvc.perform(get("/applications/export.xlsx?status=SUBMITTED").with(users.as("office")))
                .andReturn();
        assertThat(downloadsBy("office", "APPLICATION_LIST")).isEqualTo(before + 1);
        assertThat(jdbc.queryForList("select note_args from audit_record where action = 'DOWNLOAD'"
                + " and actor_username = 'office' order by id desc limit 1", String.class).get(0))
                .contains("/applications/export.xlsx?status=SUBMITTED");
    }

    /** The last DOWNLOAD line of this user: its note's key and arguments. */
    private Map<String, Object> lastDownloadBy(String username) {
        return jdbc.queryForMap("select note_key, note_args from audit_record where action = 'DOWNLOAD'"
                + " and actor_username = ? order by id desc limit 1", username);
    }

    /** The note's arguments (separated by U+001F, V25). */
    private static List<String> arguments(Map<String, Object> line) {
        return List.of(((String) line.get("note_args")).split(AuditRecord.ARGUMENT_SEPARATOR, -1));
    }

    /**
     * PIPL: a list export's DOWNLOAD line says how many rows it carried, exactly as many as the file holds:
     * the application list (its own workbook, a header row) and the expert list (a sheet of {@code Sheets},
     * a title and a header row).
     */
    @Test
    void aListExportsAuditLineCarriesItsRowCount() throws Exception {
        byte[] applications = mvc.perform(get("/applications/export.xlsx").with(users.as("office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        long applicationRows;
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(applications))) {
            applicationRows = workbook.getSheetAt(0).getLastRowNum();
        }
        assertThat(applicationRows).isPositive();
        Map<String, Object> line = lastDownloadBy("office");
        assertThat(line.get("note_key")).isEqualTo("audit.note.download.rows");
        assertThat(arguments(line)).containsExactly(AuditEntry.labels("download.APPLICATION_LIST"),
                "/applications/export.xlsx", String.valueOf(applicationRows));

        byte[] experts = mvc.perform(get("/review/experts/export.xlsx?status=ACTIVE").with(users.as("office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        long expertRows;
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(experts))) {
            expertRows = workbook.getSheetAt(0).getLastRowNum() - 1;
        }
        assertThat(expertRows).isPositive();
        assertThat(arguments(lastDownloadBy("office"))).last().isEqualTo(String.valueOf(expertRows));
        assertThat(expertRows).isEqualTo(jdbc.queryForObject("select count(*) from expert where status = 'ACTIVE'",
                Long.class));
    }

    @Test
    void aDownloadThatWasNotSentIsNotAudited() throws Exception {
        long before = downloadsBy("recommender", "NOMINATION_SUMMARY");
        mvc.perform(get("/recommendation/batches/999999999/summary.xlsx").with(users.as("recommender")))
                .andReturn();
        assertThat(downloadsBy("recommender", "NOMINATION_SUMMARY")).isEqualTo(before);
    }

    @Test
    void everyDownloadCarriesTheAnnotation() {
        Set<String> unmarked = new TreeSet<>();
        mapping.getHandlerMethods().forEach((info, method) -> {
            boolean fileLike = info.getPatternValues().stream().anyMatch(pattern -> pattern.matches(".*\\.(xlsx|zip|pdf)$"))
                    || ResponseEntity.class.isAssignableFrom(method.getReturnType().getParameterType());
            boolean exempt = info.getPatternValues().stream().anyMatch(NOT_PERSONAL::contains);
            boolean ours = method.getBeanType().getName().startsWith("cn.gov.talent.");
            if (ours && fileLike && !exempt && !method.hasMethodAnnotation(PersonalDataDownload.class)) {
                unmarked.add(info.getPatternValues() + " " + method.getShortLogMessage());
            }
        });
        assertThat(unmarked).as("downloads without @PersonalDataDownload").isEmpty();
    }
}
