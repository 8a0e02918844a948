package cn.gov.bizenv.casetracking.domain.model.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A member unit of a special group (专项小组成员单位): it may report on the group's tasks, so that a
 * group's task can be handed on to its members.
 */
@Entity
@Table(name = "special_group_member")
public class GroupMembership {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "group_member_seq")
  @SequenceGenerator(
      name = "group_member_seq",
      sequenceName = "group_member_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "group_id", nullable = false, updatable = false)
  private long groupId;

  @Column(name = "member_unit_id", nullable = false, updatable = false)
  private long memberUnitId;

  protected GroupMembership() {}

  public GroupMembership(long groupId, long memberUnitId) {
    if (groupId == memberUnitId) {
      throw new IllegalArgumentException("a group is not its own member");
    }
    this.groupId = groupId;
    this.memberUnitId = memberUnitId;
  }

  public long getGroupId() {
    return groupId;
  }

  public long getMemberUnitId() {
    return memberUnitId;
  }
}
