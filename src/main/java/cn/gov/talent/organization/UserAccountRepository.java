package cn.gov.talent.organization;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import cn.gov.talent.shared.Role;

interface UserAccountRepository extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount> {

    @EntityGraph(attributePaths = {"unit", "roles"})
    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select u.id from UserAccount u where u.username = :username")
    Optional<Long> findIdByUsername(@Param("username") String username);

    /** The account holding an ID number, found by the number's keyed hash ({@code IdNumberCipher.hash}). */
    Optional<UserAccount> findByIdNumberHash(String idNumberHash);

    @Query("select u.username from UserAccount u where u.username in :usernames")
    List<String> findUsernamesIn(@Param("usernames") Collection<String> usernames);

    @Query("select u.id from UserAccount u where u.idNumberHash = :idNumberHash")
    Optional<Long> findIdByIdNumberHash(@Param("idNumberHash") String idNumberHash);

    boolean existsByRolesContaining(Role role);

    @Query("select u.id from UserAccount u where u.unit.id = :unitId and :role member of u.roles and u.enabled = true")
    List<Long> findIdsByUnitAndRole(@Param("unitId") long unitId, @Param("role") Role role);

    @Query("""
            select u.unit.id, u.id from UserAccount u
            where u.unit.id in :unitIds and :role member of u.roles and u.enabled = true""")
    List<Object[]> findIdsByUnitsAndRole(@Param("unitIds") Collection<Long> unitIds, @Param("role") Role role);

    @Query("select distinct u.unit.id, u.unit.name from UserAccount u where :role member of u.roles and u.enabled = true")
    List<Object[]> findUnitsByRole(@Param("role") Role role);

    @Query("select u.id from UserAccount u where :role member of u.roles and u.enabled = true")
    List<Long> findIdsByRole(@Param("role") Role role);

    @Query("select u.id, u.unit.name from UserAccount u where u.id in :ids")
    List<Object[]> findUnitNamesOf(@Param("ids") Collection<Long> ids);

    @Query("select u.id, u.username from UserAccount u where u.id in :ids")
    List<Object[]> findUsernamesOf(@Param("ids") Collection<Long> ids);

    /**
     * A successful sign-in, in one statement without the version check: many sign-ins of one account at
     * once (several windows, a shared account at nine o'clock) all succeed instead of racing on the row.
     */
    @Modifying
    @Query("""
            update UserAccount u set u.failedAttempts = 0, u.failuresSince = null, u.lockedUntil = null,
                u.lastLoginAt = :now where u.id = :id""")
    int recordSuccessfulLogin(@Param("id") long id, @Param("now") Instant now);
}
