package cn.gov.bizenv.casetracking.domain.model.attachment;

/**
 * Where attachments' bytes live, outside the database row, under keys the portal generates (never a
 * name a person chose).
 */
public interface AttachmentStorage {
  /** Keeps the bytes under the key; a key is written once. */
  void put(String storageKey, byte[] content);

  /** The bytes kept under the key. */
  byte[] read(String storageKey);
}
