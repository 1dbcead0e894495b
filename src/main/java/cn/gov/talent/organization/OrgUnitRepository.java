package cn.gov.talent.organization;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    Optional<OrgUnit> findByCode(String code);

    /** The recommending unit's desk (受理窗口), if it has one: there is at most one (a unique index). */
    Optional<OrgUnit> findByParentIdAndIndependentDeskTrue(Long parentId);

    boolean existsByParentIdAndName(Long parentId, String name);

    boolean existsByCode(String code);
}
