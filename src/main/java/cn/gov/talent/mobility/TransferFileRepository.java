package cn.gov.talent.mobility;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TransferFileRepository extends JpaRepository<TransferFile, Long> {

    List<TransferFile> findByTransferIdOrderByIdAsc(long transferId);

    long countByTransferId(long transferId);
}
