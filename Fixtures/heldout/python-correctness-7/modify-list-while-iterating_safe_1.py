"""Panda3D task that moves asteroids and removes those that leave the field."""
from direct.showbase.ShowBase import ShowBase
from direct.task import Task

FIELD = 60


class Asteroids(ShowBase):
    def __init__(self):
        super().__init__()
        self.rocks = []
        self.fragments = []
        self.taskMgr.add(self.update, "update")

    def update(self, task):
        dt = task.dt if hasattr(task, "dt") else 1 / 60
        for rock in list(self.rocks):
            rock.setPos(rock.getPos() + rock.getPythonTag("velocity") * dt)
            if abs(rock.getX()) > FIELD or abs(rock.getY()) > FIELD:
                rock.removeNode()
                self.rocks.remove(rock)
        spawned = [f.copyTo(self.render) for f in self.fragments if f.getPythonTag("split")]
        self.fragments[:] = [f for f in self.fragments if f.getPythonTag("ttl") > 0] + spawned
        return Task.cont
