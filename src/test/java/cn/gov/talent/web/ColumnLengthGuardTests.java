package cn.gov.talent.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gov.talent.organization.Accounts;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.Role;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TestData;

/**
 * A text longer than its column is refused before the database sees it, with the column's own limit
 * (read from the database, so it cannot drift from the migrations), whichever service wrote it; a text
 * that fits, counted in characters as PostgreSQL counts them (an emoji is one), is stored.
 */
@IntegrationTest
class ColumnLengthGuardTests {

    @Autowired
    Accounts accounts;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTextLongerThanItsColumnIsRefusedWithTheColumnsLimit() {
        long unit = data.unitId("NCU");
        assertThatThrownBy(() -> accounts.createWithHash("guard1", "x", "名".repeat(51), unit,
                EnumSet.of(Role.APPLICANT)))
                .isInstanceOfSatisfying(Refusal.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("input.tooLong");
                    assertThat(refused.arguments()).containsExactly(50);
                });
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'guard1'", Long.class))
                .isZero();
    }

    @Test
    void charactersAreCountedAsTheDatabaseCountsThem() {
        long unit = data.unitId("NCU");
        String fifty = "\uD83D\uDE00".repeat(50); // 50 characters, 100 UTF-16 units
        accounts.createWithHash("guard2", "x", fifty, unit, EnumSet.of(Role.APPLICANT));
        assertThat(jdbc.queryForObject("select full_name from app_user where username = 'guard2'", String.class))
                .isEqualTo(fifty);
    }
}
