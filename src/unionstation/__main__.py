import sys

from unionstation.app import main

sys.exit(main())
