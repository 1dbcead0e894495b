package cn.gov.talent.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import cn.gov.talent.organization.Accounts;
import cn.gov.talent.organization.UserAccount;
import cn.gov.talent.organization.UserForm;
import cn.gov.talent.shared.Actor;
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

    @Autowired
    Answers answers;

    @Autowired
    BadInputAdvice badInput;

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

    /**
     * On an update the changed entity is flushed when the transaction commits, where the refusal arrives
     * wrapped (Hibernate's RollbackException in Spring's TransactionSystemException); the pages' answers
     * unwrap it and show its reason, as for an insert, and nothing is saved.
     */
    @Test
    void aTooLongTextOnUpdateIsRefusedLikeOnInsert() {
        UserAccount account = data.newUser("guardupdate", "NCU", Role.APPLICANT);
        UserForm form = UserForm.of(account);
        form.setFullName("名".repeat(51));
        Actor admin = data.actor("admin");

        assertThatThrownBy(() -> accounts.update(account.getId(), form, admin))
                .isInstanceOf(TransactionSystemException.class)
                .satisfies(failure -> assertThat(Answers.refusalIn(failure)).get()
                        .extracting(Refusal::messageKey).isEqualTo("input.tooLong"));

        // a page that redirects: the reason is flashed, not a server error
        var redirect = new RedirectAttributesModelMap();
        assertThat(answers.redirect("/admin/users", redirect, "user.saved",
                () -> accounts.update(account.getId(), form, admin))).isEqualTo("redirect:/admin/users");
        assertThat(redirect.getFlashAttributes()).doesNotContainKey(Answers.SUCCESS);
        assertThat((String) redirect.getFlashAttributes().get(Answers.ERROR)).contains("50");

        // a page that renders its form again: the reason is bound to the form
        var result = new BeanPropertyBindingResult(form, "form");
        assertThat(answers.attempt(result, () -> accounts.update(account.getId(), form, admin))).isFalse();
        assertThat(result.getGlobalErrors()).singleElement()
                .satisfies(error -> assertThat(error.getDefaultMessage()).contains("50"));

        // a refusal no page caught: the bad input page with its reason, 409
        TransactionSystemException failure = catchThrowableOfType(TransactionSystemException.class,
                () -> accounts.update(account.getId(), form, admin));
        var model = new ExtendedModelMap();
        var response = new MockHttpServletResponse();
        assertThat(badInput.refusedAtCommit(failure, model, response)).isEqualTo("error/400");
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat((String) model.getAttribute("refusalText")).contains("50");
        // any other failure of a commit is not taken for a refusal
        var other = new TransactionSystemException("could not commit", new IllegalStateException("disk full"));
        assertThatThrownBy(() -> badInput.refusedAtCommit(other, new ExtendedModelMap(),
                new MockHttpServletResponse())).isSameAs(other);

        assertThat(jdbc.queryForObject("select full_name from app_user where id = ?", String.class, account.getId()))
                .isEqualTo(account.getFullName());
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
