"""Panda3D task that moves asteroids and removes those that leave the field."""
from direct.showbase.ShowBase import ShowBase
from direct.showbase.ShowBaseGlobal import globalClock
from direct.task import Task

FIELD = 60


class Asteroids(ShowBase):
    def __init__(self):
        super().__init__()
        self.rocks = []
        self.fragments = []
        self.taskMgr.add(self.update, "update")

    def update(self, task):
        dt = globalClock.getDt()
        for rock in self.rocks:
            rock.setPos(rock.getPos() + rock.getPythonTag("velocity") * dt)
            if abs(rock.getX()) > FIELD or abs(rock.getY()) > FIELD:
                rock.removeNode()
                self.rocks.remove(rock)  # expect: modify-list-while-iterating
        for fragment in self.fragments:
            if fragment.getPythonTag("ttl") <= 0:
                self.fragments.remove(fragment)  # expect: modify-list-while-iterating
            elif fragment.getPythonTag("split"):
                self.fragments.append(fragment.copyTo(self.render))  # expect: modify-list-while-iterating
        return Task.cont
