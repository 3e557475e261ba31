# Imports bind names; module paths and imported names are not references.
import os
#      ^def os@plain import os
import os.path
#      ^def os@dotted import os
#         ^none path
import xml.etree.ElementTree as ET
#      ^none xml
#                               ^def ET import xml.etree.ElementTree
from . import models
#             ^def models import .:models
from .models import User as Account, Group
#      ^none models
#                   ^none User
#                           ^def Account import .models:User
#                                    ^def Group import .models:Group
from collections.abc import Mapping
#                           ^def Mapping import collections.abc:Mapping
from __future__ import annotations
#                      ^none annotations
from star import *

print(os.path.join, ET, models, Account, Group, Mapping)
#     ^ref os -> os@dotted
#        ^none path
#                   ^ref ET -> ET
#                       ^ref models -> models
#                               ^ref Account -> Account
#                                        ^ref Group -> Group
#                                               ^ref Mapping -> Mapping


def f(os):
#     ^def os@param parameter
    return os
#          ^ref os -> os@param
