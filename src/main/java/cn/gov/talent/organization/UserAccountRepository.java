package cn.gov.talent.organization;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import cn.gov.talent.shared.Role;

interface UserAccountRepository extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount> {

    @EntityGraph(attributePaths = {"unit", "roles"})
    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByIdNumber(String idNumber);

    boolean existsByRolesContaining(Role role);

    long countByLockedUntilAfter(java.time.Instant now);
}
