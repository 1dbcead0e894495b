package cn.gov.talent.organization;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    Optional<OrgUnit> findByCode(String code);



    boolean existsByParentIdAndName(Long parentId, String name);

    boolean existsByCode(String code);
}
