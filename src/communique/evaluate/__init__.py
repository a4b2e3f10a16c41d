"""communique.evaluate"""
