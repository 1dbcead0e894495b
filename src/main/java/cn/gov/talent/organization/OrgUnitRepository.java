package cn.gov.talent.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    Optional<OrgUnit> findByCode(String code);

    /** The whole tree in display order: parents before children, siblings by sort order. */
    @Query("select u from OrgUnit u order by u.path")
    List<OrgUnit> findAllInTreeOrder();

    @Query("select u from OrgUnit u where u.kind = cn.gov.talent.organization.UnitKind.EMPLOYER and u.active = true order by u.path")
    List<OrgUnit> findActiveEmployers();

    boolean existsByParentId(Long parentId);

    boolean existsByParentIdAndName(Long parentId, String name);

    boolean existsByCode(String code);
}
