package cn.gov.talent.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.gov.talent.shared.BoundedPage;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;

/**
 * A long list counts no further than {@link BoundedPage#COUNTED} rows (issue 18): the audit page over
 * more lines than that says more than 10,000 and still pages on; a short result is counted exactly,
 * and the last page needs no count at all.
 */
@IntegrationTest
class BoundedAuditPageTests {

    private static final String SUBJECT = "BOUNDED_TEST";

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    jakarta.persistence.EntityManager entityManager;

    @AfterEach
    void removeLines() {
        jdbc.update("delete from audit_record where subject_type = ?", SUBJECT);
    }

    private void lines(int count) {
        jdbc.update("""
                insert into audit_record (occurred_at, actor_username, subject_type, subject_id, action)
                select now() - make_interval(secs => n), 'bounded-test', ?, n, 'TEST'
                from generate_series(1, ?) n
                """, SUBJECT, count);
    }

    private static AuditFilter subject() {
        return new AuditFilter(SUBJECT, null, null, null, null, null);
    }

    private static PageRequest page(int number) {
        return PageRequest.of(number, 20, Sort.by(Sort.Direction.DESC, "occurredAt"));
    }

    @Test
    void aShortListIsCountedExactly() {
        lines(45);
        var first = (BoundedPage<AuditRecord>) trail.search(subject(), page(0));
        assertThat(first.getContent()).hasSize(20);
        assertThat(first.getTotalElements()).isEqualTo(45);
        assertThat(first.isLowerBound()).isFalse();
        assertThat(first.hasNext()).isTrue();
        var last = (BoundedPage<AuditRecord>) trail.search(subject(), page(2));
        assertThat(last.getContent()).hasSize(5);
        assertThat(last.getTotalElements()).isEqualTo(45);
        assertThat(last.hasNext()).isFalse();
        assertThat(trail.search(subject(), page(7)).getTotalElements())
                .as("past the end: no rows, and the total counted").isEqualTo(45);
    }

    @Test
    void aLongListSaysMoreThanTheBound() throws Exception {
        lines(BoundedPage.COUNTED + 30);
        var first = (BoundedPage<AuditRecord>) trail.search(subject(), page(0));
        assertThat(first.isLowerBound()).isTrue();
        assertThat(first.getTotalElements()).isEqualTo(BoundedPage.COUNTED);
        assertThat(first.hasNext()).isTrue();
        var deep = (BoundedPage<AuditRecord>) trail.search(subject(), page(501));
        assertThat(deep.getContent()).as("page 502 holds rows 10,021 to 10,030").hasSize(10);
        assertThat(deep.isLowerBound()).isFalse();
        assertThat(deep.getTotalElements()).isEqualTo(BoundedPage.COUNTED + 30);
        var beforeLast = (BoundedPage<AuditRecord>) trail.search(subject(), page(500));
        assertThat(beforeLast.hasNext()).isTrue();

        String zh = mvc.perform(get("/audit").param("subjectType", SUBJECT).with(users.as("supervisor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(zh).contains("共 10,000 条以上").contains("第 1 页，共 10,000 条以上");
        String en = mvc.perform(get("/audit").param("subjectType", SUBJECT).param("lang", "en")
                .with(users.as("supervisor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(en).contains("More than 10,000 records").contains("Page 1 · more than 10,000 records");
    }

    @Test
    void theBoundedCountStopsAtItsLimit() {
        lines(30);
        assertThat(BoundedPage.countUpTo(entityManager, AuditRecord.class, subject().toSpecification(), 25))
                .isEqualTo(25);
        assertThat(BoundedPage.countUpTo(entityManager, AuditRecord.class, subject().toSpecification(), 100))
                .isEqualTo(30);
    }
}
