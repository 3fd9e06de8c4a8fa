from desktop.services.members import list_members


def test_demo_vault_opens_with_its_nine_members(open_demo_vault):
    assert len(list_members(open_demo_vault)) == 9
