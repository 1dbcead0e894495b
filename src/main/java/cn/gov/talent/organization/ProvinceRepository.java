package cn.gov.talent.organization;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProvinceRepository extends JpaRepository<ProvinceEntry, String> {

    List<ProvinceEntry> findAllByOrderBySortOrder();
}
