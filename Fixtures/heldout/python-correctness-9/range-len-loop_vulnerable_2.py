import maya.cmds as cmds


def selected_joints():
    return cmds.ls(selection=True, type="joint") or []


def mirror_names(joints):
    renamed = []
    for index in range(len(joints)):  # expect: range-len-loop
        joint = joints[index]
        if joint.startswith("L_"):
            renamed.append(cmds.rename(joint, "R_" + joint[2:]))
        else:
            renamed.append(joint)
    return renamed


def space_out(joints, spacing):
    for i in range(0, len(joints)):  # expect: range-len-loop
        cmds.setAttr(f"{joints[i]}.translateY", i * spacing)


def run(spacing=2.5):
    joints = selected_joints()
    if not joints:
        cmds.warning("Select some joints first")
        return
    space_out(mirror_names(joints), spacing)
    cmds.inViewMessage(amg=f"Processed {len(joints)} joints", pos="midCenter", fade=True)
