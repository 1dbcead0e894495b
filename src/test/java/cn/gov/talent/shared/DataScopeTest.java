package cn.gov.talent.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class DataScopeTest {

    @Test
    void officeAndSupervisorSeeEverything() {
        assertThat(DataScope.of(Set.of(Role.OFFICE), 1, "/1/", 9).allows("/1/5/7/", 7, 3)).isTrue();
        assertThat(DataScope.of(Set.of(Role.SUPERVISOR), 1, "/1/", 9).kind()).isEqualTo(DataScope.Kind.ALL);
    }

    @Test
    void recommenderSeesItsSubtreeOnly() {
        DataScope scope = DataScope.of(Set.of(Role.RECOMMENDER), 5, "/1/5/", 9);
        assertThat(scope.allows("/1/5/7/", 7, 3)).isTrue();
        assertThat(scope.allows("/1/6/8/", 8, 3)).isFalse();
        // a sibling whose id starts with the same digits is not inside the subtree
        assertThat(scope.allows("/1/55/8/", 8, 3)).isFalse();
    }

    @Test
    void employerSeesItsOwnUnitAndApplicantItsOwnRecords() {
        assertThat(DataScope.of(Set.of(Role.EMPLOYER), 7, "/1/5/7/", 9).allows("/1/5/7/", 7, 3)).isTrue();
        assertThat(DataScope.of(Set.of(Role.EMPLOYER), 7, "/1/5/7/", 9).allows("/1/5/8/", 8, 3)).isFalse();
        assertThat(DataScope.of(Set.of(Role.APPLICANT), 7, "/1/5/7/", 9).allows("/1/5/7/", 7, 9)).isTrue();
        assertThat(DataScope.of(Set.of(Role.APPLICANT), 7, "/1/5/7/", 9).allows("/1/5/7/", 7, 3)).isFalse();
    }

    @Test
    void othersSeeNothing() {
        for (Role role : Set.of(Role.EXPERT, Role.DEPARTMENT, Role.ADMIN)) {
            assertThat(DataScope.of(Set.of(role), 1, "/1/", 9).allows("/1/", 1, 9)).isFalse();
        }
    }
}
