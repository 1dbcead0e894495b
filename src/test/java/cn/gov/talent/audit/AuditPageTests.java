package cn.gov.talent.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.test.web.servlet.MockMvc;

import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;

/** The audit page filters in SQL and pages. */
@IntegrationTest
class AuditPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @SuppressWarnings("unchecked")
    private Page<AuditRecord> page(String query) throws Exception {
        return (Page<AuditRecord>) mvc.perform(get("/audit" + query).with(users.as("supervisor")))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("page");
    }

    @Test
    void filtersByActorActionAndSubject() throws Exception {
        Page<AuditRecord> byActor = page("?actor=employer&action=endorse");
        assertThat(byActor.getContent()).isNotEmpty().allSatisfy(record -> {
            assertThat(record.getActorUsername()).isEqualTo("employer");
            assertThat(record.getAction()).isEqualTo("ENDORSE");
        });
        Page<AuditRecord> units = page("?subjectType=UNIT&size=5");
        assertThat(units.getContent()).hasSize(5).allSatisfy(r -> assertThat(r.getSubjectType()).isEqualTo("UNIT"));
        assertThat(units.getTotalPages()).isGreaterThan(1);
    }

    @Test
    void newestFirstAndDateFiltersApply() throws Exception {
        Page<AuditRecord> all = page("?size=50");
        assertThat(all.getContent()).isSortedAccordingTo((a, b) -> b.getOccurredAt().compareTo(a.getOccurredAt()));
        assertThat(page("?from=2000-01-01&to=2000-01-02").getTotalElements()).isZero();
    }

    @Test
    void everySubjectTypeIsNamedInWords() throws Exception {
        String html = mvc.perform(get("/audit?size=100").with(users.as("office"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("??");
    }
}
