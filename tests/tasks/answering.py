"""The task tools as the chat face runs them: a raised task error answered as its envelope."""

from pgpilot.tasks import tools
from pgpilot.tasks.envelopes import enveloped

add_task = enveloped(tools.add_task)
list_tasks = enveloped(tools.list_tasks)
update_task = enveloped(tools.update_task)
complete_task = enveloped(tools.complete_task)
delete_task = enveloped(tools.delete_task)
restore_task = enveloped(tools.restore_task)
