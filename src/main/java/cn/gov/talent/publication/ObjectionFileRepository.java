package cn.gov.talent.publication;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ObjectionFileRepository extends JpaRepository<ObjectionFile, Long> {

    List<ObjectionFile> findByObjectionIdOrderByIdAsc(long objectionId);
}
